namespace Chitin.Audit.Install;

/// <summary>
/// The security-relevant fields of <c>docker inspect</c> for the container the gateway runs in.
/// Environment variable values are never kept: only names, and whether a value looks like a secret.
/// </summary>
public sealed record ContainerFacts
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string Image { get; init; } = "";

    /// <summary>Config.User; empty means the image default (root unless the image says otherwise).</summary>
    public string User { get; init; } = "";

    public bool Privileged { get; init; }

    public IReadOnlyList<string> CapAdd { get; init; } = [];

    public IReadOnlyList<string> CapDrop { get; init; } = [];

    public IReadOnlyList<string> SecurityOpt { get; init; } = [];

    public bool ReadonlyRootfs { get; init; }

    public long Memory { get; init; }

    public long NanoCpus { get; init; }

    public long CpuQuota { get; init; }

    /// <summary>Null or ≤ 0 means unlimited.</summary>
    public long? PidsLimit { get; init; }

    public string NetworkMode { get; init; } = "";

    public string PidMode { get; init; } = "";

    public string IpcMode { get; init; } = "";

    public string UtsMode { get; init; } = "";

    public string UsernsMode { get; init; } = "";

    public IReadOnlyList<ContainerMount> Mounts { get; init; } = [];

    public IReadOnlyList<PortBinding> Ports { get; init; } = [];

    public IReadOnlyList<string> Devices { get; init; } = [];

    /// <summary>Names of environment variables set on the container.</summary>
    public IReadOnlyList<string> EnvNames { get; init; } = [];

    /// <summary>Names of environment variables whose value is a literal secret (the value itself is dropped).</summary>
    public IReadOnlyList<string> SecretEnvNames { get; init; } = [];

    public bool HasHealthcheck { get; init; }

    public string RestartPolicy { get; init; } = "";

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
}
