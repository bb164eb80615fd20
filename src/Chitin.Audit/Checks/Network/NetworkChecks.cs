namespace Chitin.Audit.Checks.Network;

/// <summary>The explicit list of Network-layer checks. Add one line per new check.</summary>
public static class NetworkChecks
{
    public static IReadOnlyList<IAuditCheck> All { get; } =
    [
        new BindWithoutAuthCheck(),
        new LoopbackWithoutAuthCheck(),
        new TrustedProxiesMissingCheck(),
        new EnvTokenConflictCheck(),
        new HttpApiWithoutAuthCheck(),
        new HttpSessionKeyOverrideCheck(),
        new HttpToolsInvokeDangerousAllowCheck(),
        new DangerousNodeCommandsCheck(),
        new IneffectiveNodeDenyCheck(),
        new TailscaleExposureCheck(),
        new ControlUiOriginsRequiredCheck(),
        new ControlUiOriginWildcardCheck(),
        new HostHeaderOriginFallbackCheck(),
        new RealIpFallbackCheck(),
        new BlankGatewaySecretCheck(),
        new ShortGatewaySecretCheck(),
        new AuthRateLimitCheck(),
        new TrustedProxyModeCheck(),
        new TrustedProxyAccessCheck(),
        new TrustedProxyDeviceAutoApproveCheck(),
        new MdnsFullModeCheck(),
        new GatewayNotListeningCheck(),
        new GatewayAuthRefUnresolvedCheck(),
        new BrowserControlNoAuthCheck(),
        new BrowserLegacyRelayAuthCheck(),
        new BrowserRemoteCdpCheck(),
        new BrowserConfigInvalidCheck(),
        new PublishedPlaceholderSecretCheck(),
        new LowEntropyGatewaySecretCheck(),
        new BroadTrustedProxiesCheck(),
        new ListenerExposureCheck(),
        new TailscaleConfigConflictCheck(),
        new TerminalRemoteExposureCheck(),
        new NodePairingAutoApproveCheck(),
        new ControlUiInsecureOriginCheck(),
        new TlsOffOnNetworkBindCheck(),
        new WeakRateLimitCheck(),
        new GatewayPasswordEnvConflictCheck(),
    ];
}
