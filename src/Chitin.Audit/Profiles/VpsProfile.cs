using Chitin.Audit.Fixes;
using Chitin.Audit.Install;

namespace Chitin.Audit.Profiles;

/// <summary>The docker profile on a server reachable from the internet, plus a host firewall snippet that keeps the gateway port closed to the world.</summary>
internal sealed class VpsProfile : DockerProfile
{
    public override string Name => "vps";

    public override string Summary => "containerized gateway on a public server, port firewalled";

    public override IEnumerable<GeneratedFile> Files(OpenClawInstall install, ProfileOptions options) =>
        [.. base.Files(install, options), FirewallFiles.Nftables(options), FirewallFiles.IptablesUfw(options)];
}
