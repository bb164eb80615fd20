namespace Chitin.Audit.Checks.Container;

/// <summary>The explicit list of Container-layer checks. Add one line per new check.</summary>
public static class ContainerChecks
{
    public static IReadOnlyList<IAuditCheck> All { get; } =
    [
        new SandboxDockerConfigModeOffCheck(),
        new SandboxBindMountCheck(),
        new SandboxNetworkModeCheck(),
        new SandboxUnconfinedProfileCheck(),
        new SandboxBrowserContainerDriftCheck(),
        new SandboxBrowserPublishedCheck(),
        new ContainerRunsAsRootCheck(),
        new ContainerPrivilegedCheck(),
        new ContainerCapAddCheck(),
        new ContainerCapDropMissingCheck(),
        new ContainerNoNewPrivilegesCheck(),
        new ContainerUnconfinedProfileCheck(),
        new ContainerWritableRootfsCheck(),
        new ContainerNoResourceLimitsCheck(),
        new ContainerDockerSocketCheck(),
        new ContainerHostNamespaceCheck(),
        new ContainerSensitiveMountCheck(),
        new ContainerPortsAllInterfacesCheck(),
        new ContainerSecretEnvCheck(),
        new ContainerDevicesCheck(),
        new ContainerNoHealthcheckCheck(),
        new ContainerNoRestartPolicyCheck(),
        new ContainerNotInspectedCheck(),
        new SandboxOffWithExecCheck(),
        new SandboxCapDropCheck(),
        new SandboxWritableRootCheck(),
        new SandboxRootUserCheck(),
        new SandboxNoLimitsCheck(),
        new SandboxNetworkEnabledCheck(),
        new SandboxWorkspaceWriteCheck(),
        new SandboxSetupCommandNetworkCheck(),
        new SandboxBrowserHostControlCheck(),
        new SandboxCdpSourceRangeCheck(),
    ];
}
