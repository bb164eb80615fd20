namespace Chitin.Audit.Findings;

/// <summary>The seven layers of an OpenClaw deployment that Chitin audits.</summary>
public enum Layer
{
    Network,
    Access,
    Exec,
    Mcp,
    SupplyChain,
    Identity,
    Container,
}
