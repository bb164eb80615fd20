using Chitin.Audit.Checks.SupplyChain;
using Chitin.Audit.Findings;

namespace Chitin.Audit.Checks.Mcp;

/// <summary>Whether the package or image an MCP runner fetches is pinned to an immutable version.</summary>
internal static class McpPinning
{
    /// <summary>Null when pinned or not a registry fetch (local path); else what is wrong and how bad it is.</summary>
    public static (string Problem, Severity Severity)? Problem(McpLaunch launch)
    {
        if (launch.Package is not { } pkg)
        {
            return null;
        }

        var spec = pkg.Value.Trim();
        if (spec.Length == 0 || IsLocal(spec))
        {
            return null;
        }

        return launch.Ecosystem switch
        {
            "npm" => Npm(spec),
            "python" => Python(spec),
            "docker" => Docker(spec),
            "go" => spec.Contains('@', StringComparison.Ordinal) && !spec.EndsWith("@latest", StringComparison.Ordinal)
                ? null
                : ($"module {spec} has no fixed version", Severity.Medium),
            _ => null,
        };
    }

    private static (string, Severity)? Npm(string spec)
    {
        if (spec.StartsWith("npm:", StringComparison.Ordinal))
        {
            spec = spec[4..];
        }

        if (NpmSpec.IsGitSpec(spec))
        {
            return NpmSpec.IsCommitPinned(spec) ? null : ($"git source {spec} is not pinned to a commit", Severity.Medium);
        }

        if (spec.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || spec.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var at = spec.StartsWith('@') ? spec.IndexOf('@', 1) : spec.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0)
        {
            return ($"package {spec} has no version (resolves to the latest release on every start)", Severity.Medium);
        }

        var version = spec[(at + 1)..];
        return NpmSpec.IsExactVersion(version) ? null : ($"package {spec} uses the moving tag or range \"{version}\"", Severity.Medium);
    }

    private static (string, Severity)? Python(string spec)
    {
        if (spec.StartsWith("git+", StringComparison.OrdinalIgnoreCase))
        {
            return NpmSpec.IsCommitPinned(spec) ? null : ($"git source {spec} is not pinned to a commit", Severity.Medium);
        }

        var eq = spec.IndexOf("==", StringComparison.Ordinal);
        if (eq > 0)
        {
            var v = spec[(eq + 2)..].Trim();
            return v.Length > 0 && !v.Contains('*', StringComparison.Ordinal) && !v.Contains(',', StringComparison.Ordinal)
                ? null
                : ($"package {spec} is not pinned to one version", Severity.Medium);
        }

        var at = spec.IndexOf('@', StringComparison.Ordinal);
        if (at > 0 && at < spec.Length - 1 && char.IsAsciiDigit(spec[at + 1]))
        {
            return null;
        }

        return ($"package {spec} has no pinned version (resolves to the latest release on every start)", Severity.Medium);
    }

    private static (string, Severity)? Docker(string image)
    {
        if (image.Contains("@sha256:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var lastSlash = image.LastIndexOf('/');
        var colon = image.LastIndexOf(':');
        var tag = colon > lastSlash ? image[(colon + 1)..] : null;
        return tag switch
        {
            null => ($"image {image} has no tag or digest (pulls :latest)", Severity.Medium),
            "latest" => ($"image {image} uses the moving :latest tag", Severity.Medium),
            _ => ($"image {image} is pinned by tag only; tags can be re-pushed (pin @sha256:…)", Severity.Low),
        };
    }

    private static bool IsLocal(string spec) =>
        spec.StartsWith('.') || spec.StartsWith('/') || spec.StartsWith('~') || spec.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
        || (spec.Length > 2 && spec[1] == ':' && (spec[2] == '\\' || spec[2] == '/'));
}
