namespace Chitin.Audit.Install;

/// <summary>A TCP socket in LISTEN state, from /proc/net/tcp or /proc/net/tcp6.</summary>
public sealed record Listener(string Address, int Port, bool IPv6, int Uid, long Inode)
{
    public bool IsLoopback => Address is "127.0.0.1" or "::1" || Address.StartsWith("127.", StringComparison.Ordinal) || Address == "::ffff:127.0.0.1";

    public bool IsAllInterfaces => Address is "0.0.0.0" or "::";

    public string Endpoint => IPv6 ? $"[{Address}]:{Port}" : $"{Address}:{Port}";
}
