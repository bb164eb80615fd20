using System.Text.Json;
using Chitin.Audit.Findings;
using Chitin.Audit.Skills.Reporting;
using Chitin.Audit.Skills.Sources;

namespace Chitin.Audit.Skills.Gate;

/// <summary>
/// Speaks OpenClaw's <c>security.installPolicy</c> protocol (version 1): one JSON request in (the staged
/// skill or plugin at <c>sourcePath</c>), one decision out. Malicious blocks, suspicious warns (or blocks or
/// allows, as configured), clean allows. Every error of its own becomes a block: the gate fails closed.
/// Output stays inside OpenClaw's limits (1,000 characters per text, 100 findings, 4,000-character warn review).
/// </summary>
public sealed class InstallPolicyGate(SkillScanner scanner, string onSuspicious = "warn")
{
    public const int MaxRequestBytes = 256 * 1024;
    private const int MaxText = 1000;
    private const int WarnBudget = 2400;

    public static GateResponse Block(string reason) => new() { Decision = "block", Reason = Truncate("chitin: " + reason, MaxText) };

    public static string Serialize(GateResponse response) => JsonSerializer.Serialize(response, GateJsonContext.Default.GateResponse);

    /// <summary>Decides for one request; never throws.</summary>
    public GateResponse Decide(string requestJson)
    {
        try
        {
            return DecideCore(requestJson);
        }
        catch (Exception e)
        {
            return Block($"install gate error ({e.GetType().Name}: {e.Message}); failing closed");
        }
    }

    private GateResponse DecideCore(string requestJson)
    {
        if (requestJson.Length > MaxRequestBytes)
        {
            return Block("request larger than 256 KiB");
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(requestJson);
        }
        catch (JsonException e)
        {
            return Block("request is not JSON: " + e.Message);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Block("request is not a JSON object");
            }

            if (!root.TryGetProperty("protocolVersion", out var pv) || pv.ValueKind != JsonValueKind.Number || pv.GetInt32() != 1)
            {
                return Block("unsupported install-policy protocolVersion (chitin speaks 1)");
            }

            var targetType = Str(root, "targetType") ?? "skill";
            var name = Str(root, "targetName") ?? "unnamed";
            var sourcePath = Str(root, "sourcePath");
            var kind = Str(root, "sourcePathKind") ?? "directory";
            if (sourcePath is null || !Path.IsPathFullyQualified(sourcePath))
            {
                return Block("request has no absolute sourcePath");
            }

            var target = Target(targetType, name, sourcePath, kind);
            if (target is null)
            {
                return Block($"staged source {sourcePath} does not exist or is not a {kind}");
            }

            var result = scanner.Scan(target);
            return Respond(result, targetType);
        }
    }

    private SkillTarget? Target(string targetType, string name, string sourcePath, string kind)
    {
        var limits = scanner.Limits;
        var pluginKind = targetType == "plugin" ? "plugin" : "skill";
        if (kind == "file")
        {
            if (!File.Exists(sourcePath))
            {
                return null;
            }

            ISkillSource source = ArchiveSource.ForFile(sourcePath, limits) is { } archive ? archive : new SingleFileSource(sourcePath, limits);
            return new SkillTarget { Name = name, Path = sourcePath, Source = source, Location = "gate", Kind = pluginKind };
        }

        return Directory.Exists(sourcePath)
            ? new SkillTarget { Name = name, Path = sourcePath, Source = new DirectorySource(sourcePath, limits), Location = "gate", Kind = pluginKind }
            : null;
    }

    private GateResponse Respond(SkillScanResult result, string targetType)
    {
        var decision = result.Verdict switch
        {
            SkillVerdict.Malicious => "block",
            SkillVerdict.Suspicious => onSuspicious,
            _ => "allow",
        };
        if (decision == "allow")
        {
            return new GateResponse { Decision = "allow" };
        }

        var reason = $"{targetType} \"{result.Name}\" is {result.Verdict.Wire()}: {string.Join("; ", result.Reasons.Take(3))}" +
            $" ({result.Findings.Count} finding(s); rules {scanner.Catalog.Version}; run 'chitin skills scan {result.Path}' for the report)";
        var findings = new List<GateFinding>();
        var budget = decision == "warn" ? WarnBudget : int.MaxValue;
        foreach (var f in result.Findings.Where(f => f.Severity >= Severity.Medium).Take(decision == "warn" ? 12 : 40))
        {
            var gf = new GateFinding
            {
                RuleId = f.RuleId,
                Severity = f.Severity == Severity.Critical ? "critical" : "warn",
                Message = Truncate(f.Title + (f.Context is null ? "" : $" [{f.Context}]") + ". " + f.Why, decision == "warn" ? 180 : MaxText),
                File = f.File is null ? null : Truncate(f.File, 200),
                Line = f.Line,
                Evidence = f.Excerpt is null ? null : Truncate(f.Excerpt, decision == "warn" ? 100 : 300),
            };
            var size = gf.RuleId.Length + gf.Message.Length + (gf.File?.Length ?? 0) + (gf.Evidence?.Length ?? 0) + 40;
            if (size > budget)
            {
                break;
            }

            budget -= size;
            findings.Add(gf);
        }

        return new GateResponse { Decision = decision, Reason = Truncate(reason, decision == "warn" ? 600 : MaxText), Findings = findings.Count == 0 ? null : findings };
    }

    private static string? Str(JsonElement o, string key) => o.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..(max - 3)] + "...";
}
