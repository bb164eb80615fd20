using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Exec;

internal sealed class DangerousConfigFlagsCheck : IAuditCheck
{
    /// <summary>Sandbox docker booleans OpenClaw treats as break-glass overrides.</summary>
    public static readonly IReadOnlyList<string> DangerousDockerKeys =
        ["dangerouslyAllowReservedContainerTargets", "dangerouslyAllowExternalBindSources", "dangerouslyAllowContainerNamespaceJoin"];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-016",
        Title = "Insecure or dangerous config flag enabled",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Medium,
        Description = "One finding per enabled flag that deliberately weakens a safeguard: Host-header origin fallback, unsafe external hook content, apply_patch or fs tools outside the workspace, audit suppressions, caller-chosen hook session keys, browser access to private networks, and the sandbox docker dangerously* overrides.",
        Remediation = "Turn the flag off unless you are actively debugging, and keep the deployment local-only while it is on.",
        OpenClawCheckIds = ["config.insecure_or_dangerous_flags"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var (flag, node) in Flags(install))
        {
            yield return Info.Find($"Enabled flag: {flag}.", Evidence.At(node, flag.Contains('=', StringComparison.Ordinal) ? flag[(flag.LastIndexOf('=') + 1)..] : null));
        }
    }

    /// <summary>The enabled flags in OpenClaw's order, with the node that enables each.</summary>
    internal static IEnumerable<(string Flag, J5Node Node)> Flags(OpenClawInstall install)
    {
        var c = install.Config;
        if (c.Get("gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback") is J5Bool { Value: true } hh)
        {
            yield return ("gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback=true", hh);
        }

        if (c.Get("hooks.gmail.allowUnsafeExternalContent") is J5Bool { Value: true } gm)
        {
            yield return ("hooks.gmail.allowUnsafeExternalContent=true", gm);
        }

        var mappings = c.GetArray("hooks.mappings")?.Items ?? [];
        for (var i = 0; i < mappings.Count; i++)
        {
            if ((mappings[i] as J5Object)?["allowUnsafeExternalContent"] is J5Bool { Value: true } m)
            {
                yield return ($"hooks.mappings[{i}].allowUnsafeExternalContent=true", m);
            }
        }

        if (c.Get("tools.exec.applyPatch.workspaceOnly") is J5Bool { Value: false } ap)
        {
            yield return ("tools.exec.applyPatch.workspaceOnly=false", ap);
        }

        if (c.GetArray("security.audit.suppressions") is { Count: > 0 } sup)
        {
            yield return ($"security.audit.suppressions configured ({sup.Count})", sup);
        }

        if (c.Get("hooks.allowRequestSessionKey") is J5Bool { Value: true } rsk)
        {
            yield return ("hooks.allowRequestSessionKey=true", rsk);
        }

        if (c.Get("browser.ssrfPolicy.dangerouslyAllowPrivateNetwork") is J5Bool { Value: true } ssrf)
        {
            yield return ("browser.ssrfPolicy.dangerouslyAllowPrivateNetwork=true", ssrf);
        }

        if (c.Get("tools.fs.workspaceOnly") is J5Bool { Value: false } fs)
        {
            yield return ("tools.fs.workspaceOnly=false", fs);
        }

        foreach (var (source, docker) in SandboxPosture.DockerBlocks(install))
        {
            foreach (var key in DangerousDockerKeys)
            {
                if (docker[key] is J5Bool { Value: true } d)
                {
                    yield return ($"{source}.{key}=true", d);
                }
            }
        }
    }
}
