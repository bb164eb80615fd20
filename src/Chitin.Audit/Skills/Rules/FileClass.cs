namespace Chitin.Audit.Skills.Rules;

/// <summary>Which files a rule reads.</summary>
public enum FileClass
{
    Any,

    /// <summary>Prose: .md, .txt, .html, files without an extension.</summary>
    Markdown,

    /// <summary>Scripts, source and config: .sh, .py, .js, .ts, .ps1, .json, .yaml …</summary>
    Code,
}
