namespace Chitin.Audit.Skills.Rules;

/// <summary>One detection rule as written in JSON.</summary>
public sealed class SkillRuleDto
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>info, low, medium, high or critical; critical alone makes a skill malicious.</summary>
    public string Severity { get; set; } = "medium";

    /// <summary>regex (default) or code: a detector implemented in the scanner (hidden Unicode, padding, binaries …).</summary>
    public string Engine { get; set; } = "regex";

    /// <summary>File name the catalog test scans the examples as (default SKILL.md).</summary>
    public string? ExampleFile { get; set; }

    /// <summary>Which files: any (default), markdown (prose), code (scripts, source, config).</summary>
    public string Files { get; set; } = "any";

    /// <summary>Literal hints (case-insensitive); the regexes run only on text containing one of them.</summary>
    public List<string> AnyOf { get; set; } = [];

    /// <summary>.NET regexes, run with RegexOptions.NonBacktracking (no lookarounds or backreferences).</summary>
    public List<string> Patterns { get; set; } = [];

    /// <summary>Severity by the class of the first URL or host in the match: vendor, local, ip, untrusted, other.</summary>
    public Dictionary<string, string>? Hosts { get; set; }

    /// <summary>Skip matches whose text also matches this regex (placeholders, examples).</summary>
    public string? Unless { get; set; }

    /// <summary>Context handling: false keeps the severity even in reference files, tables or under "detection" headings.</summary>
    public bool Demotable { get; set; } = true;

    public string Why { get; set; } = "";

    public List<string> MustMatch { get; set; } = [];

    public List<string> MustNotMatch { get; set; } = [];
}
