namespace Chitin.Audit.Skills.Rules;

/// <summary>What kind of host a URL in a match points at.</summary>
public enum HostClass
{
    /// <summary>No URL or host in the match (e.g. <c>curl $URL | sh</c>).</summary>
    None,

    /// <summary>An official installer host (astral.sh, get.docker.com …).</summary>
    Vendor,

    /// <summary>Loopback, private, link-local or documentation addresses, localhost, example domains.</summary>
    Local,

    /// <summary>A public IP address written as the host.</summary>
    Ip,

    /// <summary>Request collectors, tunnels, paste sites, anonymous file shares.</summary>
    Untrusted,

    /// <summary>Chat webhooks (Discord, Slack, Telegram bot API).</summary>
    Chat,

    /// <summary>Any other domain.</summary>
    Other,
}
