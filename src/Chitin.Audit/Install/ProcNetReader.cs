using System.Globalization;
using System.Net;

namespace Chitin.Audit.Install;

/// <summary>Reads listening TCP sockets from <c>/proc/net/tcp</c> and <c>/proc/net/tcp6</c>.</summary>
public static class ProcNetReader
{
    private const string ListenState = "0A";

    /// <summary>Null when neither file can be read (not Linux, or /proc hidden).</summary>
    public static IReadOnlyList<Listener>? Read(string procNet = "/proc/net")
    {
        var found = new List<Listener>();
        var any = false;
        foreach (var (file, v6) in new[] { ("tcp", false), ("tcp6", true) })
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(Path.Combine(procNet, file));
                any = true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            found.AddRange(Parse(lines, v6));
        }

        return any ? found.Distinct().ToList() : null;
    }

    public static IEnumerable<Listener> Parse(IEnumerable<string> lines, bool v6)
    {
        foreach (var raw in lines.Skip(1))
        {
            var cols = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length < 10 || cols[3] != ListenState)
            {
                continue;
            }

            var local = cols[1].Split(':');
            if (local.Length != 2 || !int.TryParse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var port))
            {
                continue;
            }

            var addr = DecodeAddress(local[0]);
            if (addr is null)
            {
                continue;
            }

            _ = int.TryParse(cols[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out var uid);
            _ = long.TryParse(cols[9], NumberStyles.Integer, CultureInfo.InvariantCulture, out var inode);
            yield return new Listener(addr, port, v6, uid, inode);
        }
    }

    /// <summary>/proc/net encodes addresses as host-order 32-bit words in hex.</summary>
    internal static string? DecodeAddress(string hex)
    {
        if (hex.Length is not (8 or 32))
        {
            return null;
        }

        var bytes = new byte[hex.Length / 2];
        for (var word = 0; word < hex.Length / 8; word++)
        {
            if (!uint.TryParse(hex.AsSpan(word * 8, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var w))
            {
                return null;
            }

            // The kernel prints each 32-bit word in host (little-endian) order.
            bytes[(word * 4) + 0] = (byte)(w & 0xFF);
            bytes[(word * 4) + 1] = (byte)((w >> 8) & 0xFF);
            bytes[(word * 4) + 2] = (byte)((w >> 16) & 0xFF);
            bytes[(word * 4) + 3] = (byte)((w >> 24) & 0xFF);
        }

        var ip = new IPAddress(bytes);
        if (ip.IsIPv4MappedToIPv6)
        {
            return "::ffff:" + ip.MapToIPv4();
        }

        return ip.ToString();
    }
}
