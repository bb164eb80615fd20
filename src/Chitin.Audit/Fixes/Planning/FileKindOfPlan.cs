namespace Chitin.Audit.Fixes.Planning;

/// <summary>What a planned file is, which decides how it is shown and written.</summary>
public enum FileKindOfPlan
{
    /// <summary>openclaw.json or an included file: edited by span, shown as a redacted diff.</summary>
    Config,

    /// <summary><c>&lt;state&gt;/.env</c>: shown with every value redacted, written with mode 600.</summary>
    DotEnv,

    /// <summary>A file harden writes whole (no secrets in it).</summary>
    Generated,
}
