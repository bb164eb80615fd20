using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;

namespace Chitin.Audit.Integrity.Watch;

/// <summary>
/// POSTs each event to a webhook from a bounded queue (the oldest event is dropped when it is full; every
/// event is in the event log anyway). The body is signed: <c>X-Chitin-Signature: sha256=HMAC(secret,
/// timestamp + "." + body)</c> with <c>X-Chitin-Timestamp</c> (unix seconds), so a receiver can check origin and
/// freshness. Failures and 5xx/408/429 answers are retried with exponential backoff.
/// </summary>
internal sealed class WebhookSink : IWatchSink
{
    private readonly Uri _url;
    private readonly byte[] _secret;
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly Action<string> _diagnostics;
    private readonly int _maxAttempts;
    private readonly TimeSpan _baseDelay;
    private readonly Channel<byte[]> _queue;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;
    private long _dropped;

    public WebhookSink(Uri url, byte[] secret, TimeProvider time, Action<string> diagnostics, HttpMessageHandler? handler = null, int capacity = 1000, int maxAttempts = 6, TimeSpan? baseDelay = null)
    {
        _url = url;
        _secret = secret;
        _time = time;
        _diagnostics = diagnostics;
        _maxAttempts = maxAttempts;
        _baseDelay = baseDelay ?? TimeSpan.FromSeconds(1);
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = TimeSpan.FromSeconds(10);
        _queue = Channel.CreateBounded<byte[]>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            _ => Interlocked.Increment(ref _dropped));
        _pump = Task.Run(PumpAsync);
    }

    /// <summary>Events delivered (2xx) so far.</summary>
    public long Delivered { get; private set; }

    public void Publish(WatchEvent e, byte[] json) => _queue.Writer.TryWrite(json);

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        try
        {
            await _pump.WaitAsync(TimeSpan.FromSeconds(5), _time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _diagnostics($"webhook {_url.Host}: {_queue.Reader.Count} event(s) not delivered at shutdown (they are in the event log)");
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        _stop.Dispose();
        _http.Dispose();
    }

    /// <summary>The signature header value for a body sent at <paramref name="timestamp"/>.</summary>
    internal static string Sign(byte[] secret, string timestamp, byte[] body)
    {
        var data = new byte[timestamp.Length + 1 + body.Length];
        Encoding.ASCII.GetBytes(timestamp, data);
        data[timestamp.Length] = (byte)'.';
        body.CopyTo(data, timestamp.Length + 1);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(secret, data));
    }

    private async Task PumpAsync()
    {
        await foreach (var body in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            var dropped = Interlocked.Exchange(ref _dropped, 0);
            if (dropped > 0)
            {
                _diagnostics(string.Create(CultureInfo.InvariantCulture, $"webhook {_url.Host}: queue full, {dropped} event(s) dropped (they are in the event log)"));
            }

            await SendAsync(body).ConfigureAwait(false);
        }
    }

    private async Task SendAsync(byte[] body)
    {
        for (var attempt = 1; attempt <= _maxAttempts; attempt++)
        {
            string? failure;
            var retry = true;
            try
            {
                var ts = _time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                using var request = new HttpRequestMessage(HttpMethod.Post, _url) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Add("X-Chitin-Timestamp", ts);
                request.Headers.Add("X-Chitin-Signature", Sign(_secret, ts, body));
                using var response = await _http.SendAsync(request, _stop.Token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    Delivered++;
                    return;
                }

                var code = (int)response.StatusCode;
                retry = code >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
                failure = string.Create(CultureInfo.InvariantCulture, $"HTTP {code}");
            }
            catch (HttpRequestException e)
            {
                failure = e.Message;
            }
            catch (TaskCanceledException) when (!_stop.IsCancellationRequested)
            {
                failure = "timed out";
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (!retry || attempt == _maxAttempts)
            {
                _diagnostics(string.Create(CultureInfo.InvariantCulture, $"webhook {_url.Host}: giving up on an event after {attempt} attempt(s): {failure}"));
                return;
            }

            var delay = TimeSpan.FromTicks(Math.Min(_baseDelay.Ticks << (attempt - 1), TimeSpan.FromSeconds(60).Ticks));
            try
            {
                await Task.Delay(delay, _time, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
