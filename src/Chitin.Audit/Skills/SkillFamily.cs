namespace Chitin.Audit.Skills;

/// <summary>Wire names of the technique families rules belong to (rules/skills/*.json <c>family</c>).</summary>
public static class SkillFamily
{
    public const string DownloadExec = "download-exec";
    public const string EncodedExec = "encoded-exec";
    public const string PasswordArchive = "password-archive";
    public const string QuarantineRemoval = "quarantine-removal";
    public const string PasswordPrompt = "password-prompt";
    public const string CredentialAccess = "credential-access";
    public const string NetworkSend = "network-send";
    public const string ExfilEndpoint = "exfil-endpoint";
    public const string ReverseShell = "reverse-shell";
    public const string Persistence = "persistence";
    public const string PromptInjection = "prompt-injection";
    public const string HiddenUnicode = "hidden-unicode";
    public const string Typosquat = "typosquat";
    public const string Evasion = "evasion";
    public const string ClickFix = "clickfix";
    public const string CodeExec = "code-exec";
    public const string Secrets = "secrets";
    public const string Destructive = "destructive";
    public const string Ioc = "ioc";
    public const string CryptoMining = "crypto-mining";

    /// <summary>Every family; a rule file naming another one is rejected.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        DownloadExec, EncodedExec, PasswordArchive, QuarantineRemoval, PasswordPrompt, CredentialAccess, NetworkSend,
        ExfilEndpoint, ReverseShell, Persistence, PromptInjection, HiddenUnicode, Typosquat, Evasion, ClickFix,
        CodeExec, Secrets, Destructive, Ioc, CryptoMining,
    };
}
