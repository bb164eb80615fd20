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
        OpenClawCheckIds = ["skills.code_safety", "plugins.code_safety"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
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
