using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Chitin.Audit.Findings;
using Chitin.Audit.Json5;
using Chitin.Audit.Rules;

namespace Chitin.Audit.Integrity;

/// <summary>
/// Which paths a baseline records and how severe a change to each one is. The default is
/// <c>rules/integrity-policy.json</c> (embedded); a site may pass its own file of the same shape.
/// Keys are <c>&lt;scope&gt;:&lt;path relative to the root&gt;</c>; the first matching rule wins.
/// </summary>
public sealed class IntegrityPolicy
{
    private static readonly Lazy<IntegrityPolicy> Embedded = new(() => Parse(EmbeddedRules.Read("integrity-policy.json"), "rules/integrity-policy.json"));

    private readonly IReadOnlyList<PolicyRule> _rules;

    private IntegrityPolicy(IReadOnlyList<PolicyRule> rules)
    {
        _rules = rules;
    }

    public static IntegrityPolicy Default => Embedded.Value;

    /// <summary>Where the policy came from (file path or the embedded name).</summary>
    public required string Source { get; init; }

    /// <summary>SHA-256 of the policy text, recorded in each baseline.</summary>
    public required string Hash { get; init; }

    public required int MaxEntries { get; init; }

    public required int MaxEntriesPerRoot { get; init; }

    public required int MaxDepth { get; init; }

    public required Severity DefaultSeverity { get; init; }

    public required IReadOnlyDictionary<string, ScopeSpec> Scopes { get; init; }

    public required SqliteSpec Sqlite { get; init; }

    public int RuleCount => _rules.Count;

    public static IntegrityPolicy Load(string file) => Parse(File.ReadAllText(file), file);

    public static IntegrityPolicy Parse(string text, string source)
    {
        J5Object root;
        try
        {
            root = Json5Reader.Parse(text, source).Root as J5Object ?? throw new FormatException($"{source}: the policy is not a JSON object");
        }
        catch (Json5Exception e)
        {
            throw new FormatException($"{source}:{e.Line}:{e.Column}: {e.Reason}", e);
        }

        var limits = root["limits"] as J5Object;
        int Limit(string name, int fallback) => limits?[name] is J5Number n && n.Value >= 1 ? (int)Math.Min(n.Value, int.MaxValue) : fallback;

        var scopes = new Dictionary<string, ScopeSpec>(StringComparer.Ordinal);
        foreach (var p in (root["scope"] as J5Object)?.Members ?? [])
        {
            var o = p.Value as J5Object;
            scopes[p.Key] = new ScopeSpec(Strings(o?["files"]), Strings(o?["trees"]));
        }

        var rules = new List<PolicyRule>();
        foreach (var item in (root["rules"] as J5Array)?.Items ?? [])
        {
            if (item is not J5Object r || r["match"] is not J5String m)
            {
                throw new FormatException($"{source}:{item.Line}: a rule needs \"match\"");
            }

            var ignore = (r["action"] as J5String)?.Value == "ignore";
            var sevText = (r["severity"] as J5String)?.Value;
            var severity = Severity.Medium;
            if (!ignore && (sevText is null || !LayerNames.TryParseSeverity(sevText, out severity)))
            {
                throw new FormatException($"{source}:{item.Line}: rule '{m.Value}' needs \"severity\" (critical, high, medium, low, info) or \"action\": \"ignore\"");
            }

            rules.Add(new PolicyRule(PathGlob.Parse(m.Value), severity, ignore, (r["why"] as J5String)?.Value));
        }

        var db = root["sqlite"] as J5Object;
        var tables = new List<SqliteTableSpec>();
        foreach (var t in (db?["tables"] as J5Array)?.Items.OfType<J5Object>() ?? [])
        {
            tables.Add(new SqliteTableSpec
            {
                Table = (t["table"] as J5String)?.Value,
                TableLike = (t["tableLike"] as J5String)?.Value,
                KeyColumn = (t["keyColumn"] as J5String)?.Value,
                Keys = Strings(t["keys"]),
            });
        }

        var defaultText = (root["defaultSeverity"] as J5String)?.Value ?? "medium";
        if (!LayerNames.TryParseSeverity(defaultText, out var defaultSeverity))
        {
            throw new FormatException($"{source}: defaultSeverity '{defaultText}' is not a severity");
        }

        return new IntegrityPolicy(rules)
        {
            Source = source,
            Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            MaxEntries = Limit("maxEntries", 200_000),
            MaxEntriesPerRoot = Limit("maxEntriesPerRoot", 100_000),
            MaxDepth = Limit("maxDepth", 24),
            DefaultSeverity = defaultSeverity,
            Scopes = scopes,
            Sqlite = new SqliteSpec((db?["database"] as J5String)?.Value ?? "state/openclaw.sqlite", tables, Strings(db?["ignoreColumns"])),
        };
    }

    /// <summary>The scope spec by name (empty when the policy has none).</summary>
    public ScopeSpec Scope(string name) => Scopes.TryGetValue(name, out var s) ? s : new ScopeSpec([], []);

    /// <summary>Severity of a change to <paramref name="key"/>, or null when the policy ignores the path (expected to change).</summary>
    public Severity? Classify(string key)
    {
        var (scope, path) = Split(key);
        foreach (var r in _rules)
        {
            if (r.Glob.Matches(scope, path))
            {
                return r.Ignore ? null : r.Severity;
            }
        }

        return DefaultSeverity;
    }

    /// <summary>True when the walk need not enter folder <paramref name="key"/>: the rule for anything inside it is an ignore rule ending in <c>/**</c>.</summary>
    public bool PrunesFolder(string key)
    {
        var (scope, path) = Split(key + "/\u0001");
        foreach (var r in _rules)
        {
            if (r.Glob.Matches(scope, path))
            {
                return r.Ignore && r.Glob.CoversFolder;
            }
        }

        return false;
    }

    /// <summary>The rule that decides <paramref name="key"/>, for explanations (<c>default</c> when none matches).</summary>
    public string Explain(string key)
    {
        var (scope, path) = Split(key);
        var r = _rules.FirstOrDefault(r => r.Glob.Matches(scope, path));
        return r is null
            ? "default " + DefaultSeverity.Wire()
            : string.Create(CultureInfo.InvariantCulture, $"{r.Glob.Text} → {(r.Ignore ? "ignore" : r.Severity.Wire())}{(r.Why is null ? "" : " (" + r.Why + ")")}");
    }

    private static (string Scope, string[] Path) Split(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? ("", key.Split('/')) : (key[..colon], key[(colon + 1)..].Split('/'));
    }

    private static string[] Strings(J5Node? node) =>
        node is J5Array a ? [.. a.Items.OfType<J5String>().Select(s => s.Value)] : [];
}
