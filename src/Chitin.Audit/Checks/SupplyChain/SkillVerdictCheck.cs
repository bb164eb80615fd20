using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Skills;

namespace Chitin.Audit.Checks.SupplyChain;

/// <summary>
/// Reports every installed skill or plugin folder that the skill scanner (run by the install loader, see
/// <see cref="OpenClawInstall.SkillScans"/>) judged suspicious or malicious, pointing at the skill report.
/// </summary>
internal sealed class SkillVerdictCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-SUP-100",
        Title = "Installed skill or plugin is suspicious or malicious",
        Layer = Layer.SupplyChain,
        DefaultSeverity = Severity.Critical,
        Description = "Chitin's skill scanner found malware techniques (download-and-execute, encoded payloads, password-protected archives, credential theft, exfiltration endpoints, reverse shells, prompt injection, hidden Unicode, known IOCs) in a skill or plugin the agent loads. A malicious skill runs with the agent's tools and the user's trust.",
        Remediation = "Read the skill report (chitin skills scan <path>), then quarantine the skill (chitin skills quarantine <name>) or remove the plugin folder; rotate any credential the agent could reach if it was malicious.",
        OpenClawCheckIds = ["skills.code_safety", "plugins.code_safety", "skills.code_safety.scan_failed", "plugins.code_safety.scan_failed"],
    };

    /// <summary>Scanner notes that mean part of the skill could not be read: its content there is unknown.</summary>
    private static readonly string[] FailureMarkers = ["cannot read", "cannot list", "cannot open", "scan stopped early", "timed out", "damaged archive", "cannot decompress"];

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var scan in install.SkillScans.OrderBy(s => s.Path, StringComparer.Ordinal))
        {
            var failures = scan.Notes.Where(n => FailureMarkers.Any(m => n.Contains(m, StringComparison.Ordinal))).ToList();
            if (failures.Count > 0)
            {
                var plugin = scan.Kind == "plugin";
                yield return Info.Find(
                    $"{(plugin ? "Plugin" : "Skill")} \"{scan.Name}\" ({scan.Path}) could not be scanned completely: {string.Join("; ", failures.Take(3))}.",
                    Evidence.ForFile(scan.Path),
                    Severity.Medium,
                    plugin ? "plugins.code_safety.scan_failed" : "skills.code_safety.scan_failed",
                    title: $"{(plugin ? "Plugin" : "Skill")} \"{scan.Name}\" could not be scanned completely",
                    remediation: "Make every file of the skill readable by the auditing user (or remove what cannot be read), then scan again: an unread file is a blind spot.");
            }
        }

        foreach (var scan in install.SkillScans.Where(s => s.Verdict != SkillVerdict.Clean).OrderBy(s => s.Path, StringComparer.Ordinal))
        {
            var plugin = scan.Kind == "plugin";
            var top = scan.Findings.FirstOrDefault(f => f.File is not null);
            var evidence = top is null
                ? Evidence.ForFile(scan.Path)
                : Evidence.ForFile(Path.Combine(scan.Path, top.File!.Split("!/")[0]), top.Excerpt) with { Line = top.File!.Contains("!/", StringComparison.Ordinal) ? null : top.Line };
            var verdict = scan.Verdict == SkillVerdict.Malicious ? "malicious" : "suspicious";
            var reasons = string.Join("; ", scan.Reasons.Take(3));
            var detail = $"{(plugin ? "Plugin" : "Skill")} \"{scan.Name}\" ({scan.Location}, {scan.Path}) is {verdict}: {reasons}. " +
                $"{scan.Findings.Count} finding(s); full report: chitin skills scan {scan.Path}";
            yield return Info.Find(
                detail,
                evidence,
                scan.Verdict == SkillVerdict.Malicious ? Severity.Critical : Severity.Medium,
                plugin ? "plugins.code_safety" : "skills.code_safety",
                title: $"{(plugin ? "Plugin" : "Skill")} \"{scan.Name}\" is {verdict}");
        }
    }
}
