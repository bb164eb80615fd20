using System.Text.Json.Serialization;

namespace Chitin.Audit.Install.Docker;

// Wire models of the few Docker Engine API responses the auditor reads (names as the API spells them).
internal sealed record DockerVersion(string? ApiVersion, string? Version);

internal sealed record DockerContainerSummary(string Id, IReadOnlyList<string>? Names, string? Image, Dictionary<string, string>? Labels, string? State);

internal sealed record DockerInspect(
    string Id,
    string? Name,
    DockerConfig? Config,
    DockerHostConfig? HostConfig,
    IReadOnlyList<DockerMount>? Mounts);

internal sealed record DockerConfig(string? User, IReadOnlyList<string>? Env, string? Image, Dictionary<string, string>? Labels, DockerHealthcheck? Healthcheck);

internal sealed record DockerHealthcheck(IReadOnlyList<string>? Test);

internal sealed record DockerHostConfig(
    bool Privileged,
    IReadOnlyList<string>? CapAdd,
    IReadOnlyList<string>? CapDrop,
    IReadOnlyList<string>? SecurityOpt,
    bool ReadonlyRootfs,
    long Memory,
    long NanoCpus,
    long CpuQuota,
    long? PidsLimit,
    string? NetworkMode,
    string? PidMode,
    string? IpcMode,
    [property: JsonPropertyName("UTSMode")] string? UtsMode,
    string? UsernsMode,
    Dictionary<string, List<DockerPortBinding>?>? PortBindings,
    IReadOnlyList<DockerDevice>? Devices,
    DockerRestartPolicy? RestartPolicy);

internal sealed record DockerPortBinding(string? HostIp, string? HostPort);

internal sealed record DockerDevice(string? PathOnHost, string? PathInContainer);

internal sealed record DockerRestartPolicy(string? Name);

internal sealed record DockerMount(string? Type, string? Source, string? Destination, [property: JsonPropertyName("RW")] bool ReadWrite);

internal sealed record DockerError(string? Message);

[JsonSerializable(typeof(DockerVersion))]
[JsonSerializable(typeof(List<DockerContainerSummary>))]
[JsonSerializable(typeof(DockerInspect))]
[JsonSerializable(typeof(DockerError))]
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
internal sealed partial class DockerJsonContext : JsonSerializerContext;
