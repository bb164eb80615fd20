using System.Text.RegularExpressions;

namespace Chitin.Audit.Install.Docker;

/// <summary>
/// Finds and inspects the container the gateway runs in: the one named with <c>--container</c>, else a running
/// container that mounts the state dir, else one whose image or name says openclaw (sandboxes excluded).
/// </summary>
internal static partial class GatewayContainerLocator
{
    public static async Task<(ContainerFacts? Gateway, IReadOnlyList<ContainerFacts> SandboxBrowsers, string? Note)> LocateAsync(
        string socketPath, string stateDir, string? containerName, TimeSpan timeout, CancellationToken ct)
    {
        if (!File.Exists(socketPath) && !Path.Exists(socketPath))
        {
            return (null, [], containerName is null ? $"no Docker engine socket at {socketPath}; container checks skipped" : $"--container {containerName}: no Docker engine socket at {socketPath}");
        }

        try
        {
            using var client = new DockerEngineClient(socketPath, timeout);
            await client.NegotiateAsync(ct).ConfigureAwait(false);
            if (containerName is not null)
            {
                var named = await client.InspectAsync(containerName, ct).ConfigureAwait(false);
                return named is null ? (null, [], $"container '{containerName}' not found on the Docker engine") : (Map(named), [], null);
            }

            var list = await client.ListAsync(ct).ConfigureAwait(false);
            var browsers = new List<ContainerFacts>();
            DockerInspect? byMount = null;
            DockerInspect? byName = null;
            foreach (var c in list)
            {
                var labels = c.Labels ?? [];
                var isSandbox = labels.ContainsKey("openclaw.sandbox") || labels.ContainsKey("openclaw.sandboxBrowser");
                var name = (c.Names is { Count: > 0 } names ? names[0] : null)?.TrimStart('/') ?? c.Id;
                if (isSandbox)
                {
                    // OpenClaw marks its sandbox browser containers with openclaw.sandboxBrowser=1.
                    if (labels.TryGetValue("openclaw.sandboxBrowser", out var sb) && sb == "1")
                    {
                        var bi = await client.InspectAsync(c.Id, ct).ConfigureAwait(false);
                        if (bi is not null)
                        {
                            browsers.Add(Map(bi));
                        }
                    }

                    continue;
                }

                var inspect = await client.InspectAsync(c.Id, ct).ConfigureAwait(false);
                if (inspect is null)
                {
                    continue;
                }

                if (byMount is null && (inspect.Mounts ?? []).Any(m => m.Source is { } s && FileSystem.FileProbe.IsInside(stateDir, s) && s != "/"))
                {
                    byMount = inspect;
                }

                if (byName is null && (OpenClawName().IsMatch(name) || OpenClawName().IsMatch(c.Image ?? "")))
                {
                    byName = inspect;
                }
            }

            var gw = byMount ?? byName;
            return (gw is null ? null : Map(gw), browsers, gw is null ? "no running container mounts the state dir or runs an OpenClaw image; container checks skipped" : null);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException or DockerUnavailableException or System.Text.Json.JsonException or System.Net.Sockets.SocketException or UnauthorizedAccessException)
        {
            return (null, [], $"Docker engine at {socketPath} did not answer usefully ({e.GetType().Name}: {e.Message}); container checks skipped");
        }
    }

    internal static ContainerFacts Map(DockerInspect i)
    {
        var hc = i.HostConfig;
        var env = i.Config?.Env ?? [];
        var envNames = new List<string>();
        var secretNames = new List<string>();
        foreach (var kv in env)
        {
            var eq = kv.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? kv : kv[..eq];
            var value = eq < 0 ? "" : kv[(eq + 1)..];
            envNames.Add(name);
            if (value.Length >= 8 && SecretName().IsMatch(name) && !value.StartsWith('/'))
            {
                secretNames.Add(name);
            }
        }

        var ports = new List<PortBinding>();
        foreach (var (containerPort, bindings) in hc?.PortBindings ?? [])
        {
            foreach (var b in bindings ?? [])
            {
                ports.Add(new PortBinding(containerPort, b.HostIp ?? "", b.HostPort ?? ""));
            }
        }

        return new ContainerFacts
        {
            Id = i.Id.Length > 12 ? i.Id[..12] : i.Id,
            Name = (i.Name ?? i.Id).TrimStart('/'),
            Image = i.Config?.Image ?? "",
            User = i.Config?.User ?? "",
            Privileged = hc?.Privileged ?? false,
            CapAdd = hc?.CapAdd ?? [],
            CapDrop = hc?.CapDrop ?? [],
            SecurityOpt = hc?.SecurityOpt ?? [],
            ReadonlyRootfs = hc?.ReadonlyRootfs ?? false,
            Memory = hc?.Memory ?? 0,
            NanoCpus = hc?.NanoCpus ?? 0,
            CpuQuota = hc?.CpuQuota ?? 0,
            PidsLimit = hc?.PidsLimit,
            NetworkMode = hc?.NetworkMode ?? "",
            PidMode = hc?.PidMode ?? "",
            IpcMode = hc?.IpcMode ?? "",
            UtsMode = hc?.UtsMode ?? "",
            UsernsMode = hc?.UsernsMode ?? "",
            Mounts = [.. (i.Mounts ?? []).Select(m => new ContainerMount(m.Type ?? "", m.Source ?? "", m.Destination ?? "", m.ReadWrite))],
            Ports = ports,
            Devices = [.. (hc?.Devices ?? []).Select(d => d.PathOnHost ?? "")],
            EnvNames = envNames,
            SecretEnvNames = secretNames,
            HasHealthcheck = i.Config?.Healthcheck?.Test is { Count: > 0 } t && t[0] != "NONE",
            RestartPolicy = hc?.RestartPolicy?.Name ?? "",
            Labels = i.Config?.Labels ?? [],
        };
    }

    [GeneratedRegex("openclaw|clawdbot|moltbot", RegexOptions.IgnoreCase)]
    private static partial Regex OpenClawName();

    [GeneratedRegex("TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
