using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Mcp;

internal sealed class UnpinnedMcpLauncherCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-MCP-002",
        Title = "MCP server fetched by a package runner without a pinned version",
        Layer = Layer.Mcp,
        DefaultSeverity = Severity.Medium,
        Description = "npx, bunx, pnpm/yarn dlx, uvx, pipx run and docker run download the server on start. Without an exact version (or image digest) every restart runs whatever the registry serves now, so a hijacked or typosquatted release runs with the server's environment and secrets; -y/--yes skips even npx's install prompt.",
        Remediation = "Pin the exact version (npx @scope/server@1.2.3, uvx pkg==1.2.3, image@sha256:…), drop -y, and review updates before bumping the pin.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var server in install.McpServers.Where(s => s.Enabled))
        {
            if (McpLaunch.Parse(server) is not { Package: { } pkg } launch || McpPinning.Problem(launch) is not { } problem)
            {
                continue;
            }

            var severity = launch.AutoInstallFlag && problem.Severity == Severity.Medium ? Severity.High : problem.Severity;
            var detail = $"{McpEvidence.Label(server)} runs {launch.Runner}: {problem.Problem}" +
                (launch.AutoInstallFlag ? "; -y/--yes installs it without asking." : ".");
            yield return Info.Find(detail, Evidence.At(pkg.Node, pkg.Value), severity);
        }
    }
}
