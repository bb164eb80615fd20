using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Access;

internal sealed class HookPathRootCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-019",
        Title = "Webhook base path is \"/\"",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Medium,
        Description = "hooks.path \"/\" mounts the webhook handler at the root of the gateway's HTTP server, where it shadows other endpoints (/tools/invoke, /v1/*, plugin routes) and puts hook-token auth in front of them. The docs say \"/\" is rejected; the 2026.9.6 schema accepts it.",
        Remediation = "Use a dedicated path such as \"/hooks\" (default).",
        OpenClawCheckIds = ["hooks.path_root"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Config.GetBool("hooks.enabled") == true && install.Config.Get("hooks.path") is J5String { } p && p.Value.Trim() == "/")
        {
            yield return Info.Find("hooks.path='/' would shadow other HTTP endpoints of the gateway.", Evidence.At(p, "/"));
        }
    }
}
