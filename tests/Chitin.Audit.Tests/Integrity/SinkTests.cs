using System.Net;
using System.Net.Sockets;
using System.Text;
using Chitin.Audit.Integrity.Watch;

namespace Chitin.Audit.Tests.Integrity;

public sealed class SinkTests
{
    private static readonly WatchEvent Drift = new()
    {
        Time = "2026-03-01T10:00:00.000Z",
        Type = WatchEvent.Drift,
        StateDir = "/home/a/.openclaw",
        Path = "/home/a/.openclaw/workspace/SOUL.md",
        Change = "modified",
        Severity = "critical",
        Key = "workspace:SOUL.md",
        Detail = "content changed \"quoted\" ]",
    };

    [Fact]
    public async Task Webhook_signs_the_body_and_retries_with_backoff()
    {
        var secret = Encoding.UTF8.GetBytes("0123456789abcdef0123");
        var handler = new ScriptedHandler(HttpStatusCode.ServiceUnavailable, HttpStatusCode.BadGateway, HttpStatusCode.OK);
        var notes = new List<string>();
        var sink = new WebhookSink(new Uri("http://127.0.0.1:9/hook"), secret, TimeProvider.System, notes.Add, handler, baseDelay: TimeSpan.FromMilliseconds(20));
        var body = "{\"type\":\"drift\"}"u8.ToArray();
        sink.Publish(Drift, body);
        await sink.DisposeAsync();

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(1, sink.Delivered);
        var (headers, sent) = handler.Requests[^1];
        Assert.Equal(body, sent);
        var ts = headers["X-Chitin-Timestamp"];
        Assert.Equal(WebhookSink.Sign(secret, ts, body), headers["X-Chitin-Signature"]);
        Assert.StartsWith("sha256=", headers["X-Chitin-Signature"], StringComparison.Ordinal);
        Assert.NotEqual(WebhookSink.Sign("another-secret-value"u8.ToArray(), ts, body), headers["X-Chitin-Signature"]);
        Assert.Empty(notes);
    }

    [Fact]
    public async Task Webhook_does_not_retry_a_client_error()
    {
        var handler = new ScriptedHandler(HttpStatusCode.BadRequest, HttpStatusCode.OK);
        var notes = new List<string>();
        var sink = new WebhookSink(new Uri("http://127.0.0.1:9/hook"), new byte[16], TimeProvider.System, notes.Add, handler, baseDelay: TimeSpan.FromMilliseconds(10));
        sink.Publish(Drift, "{}"u8.ToArray());
        await sink.DisposeAsync();
        Assert.Single(handler.Requests);
        Assert.Contains(notes, n => n.Contains("HTTP 400", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Syslog_sends_an_RFC5424_datagram()
    {
        var dir = Directory.CreateTempSubdirectory("chitin-syslog-").FullName;
        try
        {
            var path = Path.Combine(dir, "log.sock");
            using var server = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
            server.Bind(new UnixDomainSocketEndPoint(path));
            server.ReceiveTimeout = 3000;
            var sink = new SyslogSink(path, "host1", 4242, _ => { });
            sink.Publish(Drift, []);
            var buf = new byte[4096];
            var n = server.Receive(buf);
            var msg = Encoding.UTF8.GetString(buf, 0, n);
            Assert.StartsWith("<82>1 2026-03-01T10:00:00.000Z host1 chitin 4242 integrity [chitin@32473 type=\"drift\" severity=\"critical\" change=\"modified\" path=\"/home/a/.openclaw/workspace/SOUL.md\"", msg, StringComparison.Ordinal);
            Assert.Contains("content changed \"quoted\" ]", msg, StringComparison.Ordinal);
            await sink.DisposeAsync();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Syslog_escapes_structured_data()
    {
        var msg = SyslogSink.Format(Drift with { Path = "/x/a\"b]c" }, "h", 1);
        Assert.Contains("path=\"/x/a\\\"b\\]c\"", msg, StringComparison.Ordinal);
        Assert.StartsWith("<86>1 ", SyslogSink.Format(Drift with { Severity = null, Type = WatchEvent.Started }, "h", 1), StringComparison.Ordinal);
    }

    private sealed class ScriptedHandler(params HttpStatusCode[] answers) : HttpMessageHandler
    {
        private int _next;

        public List<(Dictionary<string, string> Headers, byte[] Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
            Requests.Add((headers, await request.Content!.ReadAsByteArrayAsync(cancellationToken)));
            return new HttpResponseMessage(answers[Math.Min(_next++, answers.Length - 1)]);
        }
    }
}
