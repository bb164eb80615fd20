using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class SandboxNoLimitsCheck : IAuditCheck
{
    private static readonly (string Key, string What)[] Limits = [("pidsLimit", "PIDs"), ("memory", "memory"), ("cpus", "CPU")];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-028",
        Title = "Sandbox has no PIDs, memory or CPU limit",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Low,
        Description = "OpenClaw sets no pidsLimit, memory or cpus on sandbox containers unless configured (the docs' example values are not defaults). A fork bomb or runaway build in the sandbox takes the gateway host down with it.",
        Remediation = "Set agents.defaults.sandbox.docker.pidsLimit (e.g. 256), memory (e.g. \"1g\") and cpus (e.g. 1).",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in SandboxPosture.All(install).Where(p => p.InEffect && p.Backend is "docker" or "podman"))
        {
            var missing = Limits.Where(l => p.Docker(l.Key) is null).ToList();
            foreach (var (key, what) in missing)
            {
                var path = p.DockerPath(key);
                if (seen.Add(path))
                {
                    yield return Info.Find($"No sandbox {what} limit for {p.Context.Label} (sandbox mode {p.Mode}): {path} is unset.", Evidence.ForConfigPath(install.ConfigPath, path, "unset"));
                }
            }
        }
    }
}
