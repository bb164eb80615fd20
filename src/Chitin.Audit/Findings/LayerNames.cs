namespace Chitin.Audit.Findings;

public static class LayerNames
{
    /// <summary>Stable wire name (JSON, SARIF, check IDs).</summary>
    public static string Wire(this Layer layer) => layer switch
    {
        Layer.Network => "network",
        Layer.Access => "access",
        Layer.Exec => "exec",
        Layer.Mcp => "mcp",
        Layer.SupplyChain => "supply-chain",
        Layer.Identity => "identity",
        Layer.Container => "container",
        _ => throw new ArgumentOutOfRangeException(nameof(layer)),
    };

    /// <summary>Heading for people.</summary>
    public static string Title(this Layer layer) => layer switch
    {
        Layer.Network => "Network exposure",
        Layer.Access => "Access and permissions",
        Layer.Exec => "Tools and exec control",
        Layer.Mcp => "MCP servers",
        Layer.SupplyChain => "Supply chain",
        Layer.Identity => "Identity and state",
        Layer.Container => "Container and sandbox",
        _ => throw new ArgumentOutOfRangeException(nameof(layer)),
    };

    /// <summary>Three-letter code used inside check IDs (CHI-NET-001).</summary>
    public static string Code(this Layer layer) => layer switch
    {
        Layer.Network => "NET",
        Layer.Access => "ACC",
        Layer.Exec => "EXE",
        Layer.Mcp => "MCP",
        Layer.SupplyChain => "SUP",
        Layer.Identity => "IDS",
        Layer.Container => "CTR",
        _ => throw new ArgumentOutOfRangeException(nameof(layer)),
    };

    public static string Wire(this Severity s) => s switch
    {
        Severity.Critical => "critical",
        Severity.High => "high",
        Severity.Medium => "medium",
        Severity.Low => "low",
        _ => "info",
    };

    public static bool TryParseSeverity(string text, out Severity severity)
    {
        switch (text.Trim().ToUpperInvariant())
        {
            case "CRITICAL": severity = Severity.Critical; return true;
            case "HIGH": severity = Severity.High; return true;
            case "MEDIUM": severity = Severity.Medium; return true;
            case "LOW": severity = Severity.Low; return true;
            case "INFO": severity = Severity.Info; return true;
            default: severity = Severity.Info; return false;
        }
    }
}
