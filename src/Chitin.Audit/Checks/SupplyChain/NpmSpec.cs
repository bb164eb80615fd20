using System.Text.RegularExpressions;

namespace Chitin.Audit.Checks.SupplyChain;

/// <summary>Version pinning of package specs (npm, PyPI, git), as OpenClaw and Chitin judge it.</summary>
internal static partial class NpmSpec
{
    /// <summary>OpenClaw's <c>isPinnedRegistrySpec</c>: <c>name@x.y.z</c> (optional v, pre-release, build), scoped or not.</summary>
    public static bool IsPinnedRegistrySpec(string? spec)
    {
        var value = spec?.Trim() ?? "";
        var at = value.LastIndexOf('@');
        if (at <= 0 || at >= value.Length - 1)
        {
            return false;
        }

        return ExactVersion().IsMatch(value[(at + 1)..].Trim());
    }

    public static bool IsExactVersion(string version) => ExactVersion().IsMatch(version.Trim());

    /// <summary>A git spec pinned to a full commit (<c>…#&lt;sha&gt;</c>, <c>…@&lt;sha&gt;</c> or <c>commit=&lt;sha&gt;</c>).</summary>
    public static bool IsCommitPinned(string spec)
    {
        var s = spec.Trim();
        foreach (var sep in new[] { '#', '@', '=' })
        {
            var i = s.LastIndexOf(sep);
            if (i >= 0 && i < s.Length - 1 && CommitSha().IsMatch(s[(i + 1)..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Looks like a git source rather than a registry name (<c>github:o/r</c>, <c>git+https://…</c>, <c>…/repo.git</c>).</summary>
    public static bool IsGitSpec(string spec)
    {
        var s = spec.Trim();
        return s.StartsWith("git+", StringComparison.OrdinalIgnoreCase) || s.StartsWith("git:", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("github:", StringComparison.OrdinalIgnoreCase) || s.StartsWith("gitlab:", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("bitbucket:", StringComparison.OrdinalIgnoreCase) || s.Contains(".git#", StringComparison.OrdinalIgnoreCase)
            || s.EndsWith(".git", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://github.com/", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ExactVersion();

    [GeneratedRegex(@"^(?:[0-9a-fA-F]{40}|[0-9a-fA-F]{64})$", RegexOptions.CultureInvariant)]
    private static partial Regex CommitSha();
}
