using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Chitin.Audit.Integrity.Watch;

/// <summary>
/// Sends each event to the local syslog socket (<c>/dev/log</c>, a unix datagram socket) as an RFC 5424 message,
/// facility authpriv, with the event's fields as structured data. Reconnects once when the socket went away
/// (syslog restarted); otherwise drops the message with one diagnostic.
/// </summary>
internal sealed class SyslogSink : IWatchSink
{
    private const int FacilityAuthPriv = 10;
    private readonly string _socketPath;
    private readonly string _host;
    private readonly int _pid;
    private readonly Action<string> _diagnostics;
    private readonly Lock _gate = new();
    private Socket? _socket;
    private bool _warned;

    public SyslogSink(string socketPath, string host, int pid, Action<string> diagnostics)
    {
        _socketPath = socketPath;
        _host = host;
        _pid = pid;
        _diagnostics = diagnostics;
    }

    public void Publish(WatchEvent e, byte[] json)
    {
        var bytes = Encoding.UTF8.GetBytes(Format(e, _host, _pid));
        lock (_gate)
        {
            for (var attempt = 0; attempt < 2; attempt++)
            {
                try
                {
                    _socket ??= Connect();
                    _socket.Send(bytes);
                    _warned = false;
                    return;
                }
                catch (SocketException ex)
                {
                    _socket?.Dispose();
                    _socket = null;
                    if (attempt == 1 && !_warned)
                    {
                        _warned = true;
                        _diagnostics($"syslog {_socketPath}: {ex.Message}; events are still written to the other outputs");
                    }
                }
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket?.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary><c>&lt;PRI&gt;1 TIMESTAMP HOST chitin PID integrity [chitin@32473 type=… path=…] text</c>.</summary>
    internal static string Format(WatchEvent e, string host, int pid)
    {
        var level = e.Severity switch
        {
            "critical" => 2,
            "high" => 3,
            "medium" => 4,
            "low" => 5,
            _ => 6,
        };
        var sd = new StringBuilder("[chitin@32473");
        void Param(string name, string? value)
        {
            if (value is not null)
            {
                sd.Append(' ').Append(name).Append("=\"").Append(Escape(value)).Append('"');
            }
        }

        Param("type", e.Type);
        Param("severity", e.Severity);
        Param("change", e.Change);
        Param("path", e.Path);
        Param("key", e.Key);
        Param("stateDir", e.StateDir);
        sd.Append(']');
        var text = e.Type + (e.Path is null ? "" : " " + e.Path) + (e.Detail is null ? "" : ": " + e.Detail);
        return string.Create(CultureInfo.InvariantCulture, $"<{(FacilityAuthPriv * 8) + level}>1 {e.Time} {Clean(host)} chitin {pid} integrity {sd} {text.Replace('\n', ' ')}");
    }

    private Socket Connect()
    {
        var s = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        try
        {
            s.Connect(new UnixDomainSocketEndPoint(_socketPath));
            return s;
        }
        catch
        {
            s.Dispose();
            throw;
        }
    }

    private static string Escape(string v) =>
        v.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);

    private static string Clean(string host) => host.Length == 0 ? "-" : new string([.. host.Where(c => c > 32 && c < 127)]);
}
