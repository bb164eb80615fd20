using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Serialization.Metadata;

namespace Chitin.Audit.Install.Docker;

/// <summary>
/// A small read-only Docker Engine API client over the unix socket: version, list and inspect.
/// (The full client with create, events and streams belongs to cells.)
/// </summary>
internal sealed class DockerEngineClient : IDisposable
{
    private const string MaxApi = "1.47";
    private readonly HttpClient _http;
    private string _prefix = "/v1.41";

    public DockerEngineClient(string socketPath, TimeSpan timeout)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (_, ct) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), ct).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        _http = new HttpClient(handler) { BaseAddress = new Uri("http://docker"), Timeout = timeout };
    }

    /// <summary>Agrees on an API version: the server's, capped at the newest this client knows.</summary>
    public async Task NegotiateAsync(CancellationToken ct)
    {
        var v = await GetAsync("/version", DockerJsonContext.Default.DockerVersion, versioned: false, ct).ConfigureAwait(false);
        if (v?.ApiVersion is { } api && Version.TryParse(api, out var server) && Version.TryParse(MaxApi, out var max))
        {
            _prefix = "/v" + (server < max ? server : max).ToString(2);
        }
    }

    public async Task<IReadOnlyList<DockerContainerSummary>> ListAsync(CancellationToken ct) =>
        await GetAsync("/containers/json", DockerJsonContext.Default.ListDockerContainerSummary, versioned: true, ct).ConfigureAwait(false) ?? [];

    public Task<DockerInspect?> InspectAsync(string idOrName, CancellationToken ct) =>
        GetAsync("/containers/" + Uri.EscapeDataString(idOrName) + "/json", DockerJsonContext.Default.DockerInspect, versioned: true, ct);

    private async Task<T?> GetAsync<T>(string path, JsonTypeInfo<T> type, bool versioned, CancellationToken ct)
    {
        using var resp = await _http.GetAsync(new Uri((versioned ? _prefix : "") + path, UriKind.Relative), ct).ConfigureAwait(false);
        if (resp.StatusCode == HttpStatusCode.NotFound)
        {
            return default;
        }

        if (!resp.IsSuccessStatusCode)
        {
            var err = await resp.Content.ReadFromJsonAsync(DockerJsonContext.Default.DockerError, ct).ConfigureAwait(false);
            throw new DockerUnavailableException($"Docker engine answered {(int)resp.StatusCode} for {path}: {err?.Message ?? resp.ReasonPhrase}");
        }

        return await resp.Content.ReadFromJsonAsync(type, ct).ConfigureAwait(false);
    }

    public void Dispose() => _http.Dispose();
}
