using System.Text.RegularExpressions;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Iocs;
using Chitin.Audit.Skills.Rules;
using Chitin.Audit.Skills.Scanning;
using Chitin.Audit.Skills.Sources;

namespace Chitin.Audit.Skills;

/// <summary>
/// Scans skills and plugins and judges each: clean, suspicious or malicious, with the findings behind it.
/// Immutable after construction and safe to share; <see cref="ScanAll"/> runs skills in parallel.
/// </summary>
public sealed partial class SkillScanner
{
    private static readonly Lazy<SkillScanner> BuiltinScanner = new(() => new SkillScanner(SkillRuleCatalog.Builtin, new IocIndex(BuiltInIocSource.Instance.Load([]))));

    public SkillScanner(SkillRuleCatalog catalog, IocIndex iocs, ScanLimits? limits = null)
    {
        Catalog = catalog;
        Iocs = iocs;
        Limits = limits ?? ScanLimits.Default;
    }

    /// <summary>Built-in rules and built-in IOC sets.</summary>
    public static SkillScanner Default => BuiltinScanner.Value;

    public SkillRuleCatalog Catalog { get; }

    public IocIndex Iocs { get; }

    public ScanLimits Limits { get; }

    /// <summary>Versions of the rule and IOC sets this scanner uses, for every report.</summary>
    public IReadOnlyList<string> RuleSets => [Catalog.Label, .. Iocs.Labels];

    public SkillScanResult Scan(SkillTarget target)
    {
        var state = new SkillScanState();
        var files = new FileScanner(Catalog, Iocs, Limits, state);
        try
        {
            foreach (var entry in target.Source.Enumerate(state.Notes))
            {
                files.Scan(entry);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            state.Notes.Add($"scan stopped early: {e.Message}");
        }

        if (state.Files == 0)
        {
            state.Notes.Add("empty skill: no readable file");
        }
        else if (target.Kind == "skill" && !state.HasSkillMd && target.Source is DirectorySource)
        {
            state.Notes.Add("no SKILL.md: OpenClaw will not load this folder as a skill");
        }

        var name = state.FrontmatterName is { Length: > 0 and < 100 } fm ? fm : target.Name;
        NameChecks(name, target.Name, target.Kind, state);
        var (verdict, reasons) = VerdictPolicy.Decide(state.Findings, Catalog.Combinations);
        return new SkillScanResult
        {
            Path = target.Path,
            Name = name,
            Kind = target.Kind,
            Location = target.Location,
            Verdict = verdict,
            Reasons = reasons,
            Findings = [.. state.Findings.OrderByDescending(f => f.Severity).ThenBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line ?? 0).ThenBy(f => f.RuleId, StringComparer.Ordinal)],
            Notes = state.Notes,
            FilesScanned = state.Files,
            BytesScanned = state.Bytes,
        };
    }

    /// <summary>Scans every target, <paramref name="parallelism"/> at a time; results keep the targets' order.</summary>
    public IReadOnlyList<SkillScanResult> ScanAll(IReadOnlyList<SkillTarget> targets, int parallelism = 0, Action<int>? progress = null, CancellationToken ct = default)
    {
        var results = new SkillScanResult[targets.Count];
        var done = 0;
        Parallel.For(0, targets.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount, CancellationToken = ct }, i =>
        {
            results[i] = Scan(targets[i]);
            progress?.Invoke(Interlocked.Increment(ref done));
        });
        return results;
    }

    /// <summary>The loader's skills and plugin folders (bundled skills are not in the snapshot, as OpenClaw's deep audit skips them too).</summary>
    public IReadOnlyList<SkillScanResult> ScanInstalled(IReadOnlyList<SkillInfo> skills, IReadOnlyList<ExtensionInfo> extensions) =>
        ScanAll(SkillTargets.ForInstall(skills, extensions, bundledDir: null, Limits));

    private void NameChecks(string name, string dirName, string kind, SkillScanState state)
    {
        foreach (var candidate in new[] { name, dirName }.Distinct(StringComparer.OrdinalIgnoreCase).Where(_ => kind == "skill"))
        {
            if (Iocs.MatchSlug(candidate) is { } slug)
            {
                AddSkillLevel("SKL-IOC-003", TextScanner.IocSeverity(slug.Entry.Confidence), $"name \"{candidate}\": {TextScanner.IocNote(slug)}", state);
            }

            if (ClawhubLookalike().IsMatch(candidate) && !candidate.Equals("clawhub", StringComparison.OrdinalIgnoreCase))
            {
                AddSkillLevel("SKL-TYP-002", null, $"name \"{candidate}\" imitates the official clawhub skill", state);
            }
            else if (SkillNames.Imitates(candidate, Catalog.Hosts.PopularSkills) is { } imitation)
            {
                AddSkillLevel("SKL-TYP-001", null, $"name \"{candidate}\": {imitation.How}", state);
            }
        }

        foreach (var publisher in state.Publishers.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (Iocs.MatchPublisher(publisher) is { } hit)
            {
                AddSkillLevel("SKL-IOC-005", TextScanner.IocSeverity(hit.Entry.Confidence), $"publisher \"{publisher}\": {TextScanner.IocNote(hit)}", state);
            }
        }
    }

    private void AddSkillLevel(string ruleId, Severity? severity, string detail, SkillScanState state)
    {
        var rule = Catalog.Rule(ruleId);
        state.Add(new SkillFinding { RuleId = rule.Id, Family = rule.Family, Severity = severity ?? rule.Severity, Title = rule.Title, Why = rule.Why, Excerpt = detail });
    }

    [GeneratedRegex(@"^c+l+a+w+d?h+u+[bdp]+[a-z0-9-]*$|^clawd?hub[a-z0-9-]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClawhubLookalike();
}
