using Chitin.Audit.Fixes;
using Chitin.Audit.Install;
using static Chitin.Audit.Fixes.ConfigValue;

namespace Chitin.Audit.Profiles;

/// <summary>
/// The gateway in a container: it binds <c>lan</c> inside (a loopback bind cannot be published) while the run
/// file publishes the port on 127.0.0.1 only, with a read-only root, no capabilities, no new privileges, limits,
/// a non-root user, no docker.sock, a health check and a restart policy. Token auth from the mounted .env.
/// </summary>
internal class DockerProfile : HardenProfile
{
    public override string Name => "docker";

    public override string Summary => "gateway in a container published on 127.0.0.1";

    public override FixTarget Target { get; } = new() { Bind = "lan" };

    public override IEnumerable<FixChange> Settings(OpenClawInstall install, ProfileOptions options) =>
        HardenedBaseline.Apply(install, options, "lan")
            .Replace("gateway.controlUi.allowedOrigins", n => n is Json5.J5Array a && a.Items.All(i => i is Json5.J5String s && s.Value.Trim() == "*"), Strings([$"http://127.0.0.1:{options.Port}", $"http://localhost:{options.Port}"]), "the Control UI is opened through the 127.0.0.1 publish (or an SSH tunnel to it)")
            .Changes;

    public override IEnumerable<GeneratedFile> Files(OpenClawInstall install, ProfileOptions options) =>
        ContainerFiles.For(install, options, this);
}
