namespace Chitin.Audit.Checks.SupplyChain;

/// <summary>The explicit list of SupplyChain-layer checks. Add one line per new check.</summary>
public static class SupplyChainChecks
{
    public static IReadOnlyList<IAuditCheck> All { get; } =
    [
        new ExtensionsWithoutAllowlistCheck(),
        new PhantomPluginAllowEntriesCheck(),
        new PluginToolsPermissivePolicyCheck(),
        new UnpinnedInstallSpecsCheck(),
        new InstallRecordsMissingIntegrityCheck(),
        new InstallVersionDriftCheck(),
        new PluginManifestEntriesCheck(),
        new SkillSymlinkEscapeCheck(),
        new SkillScanTruncatedCheck(),
        new KnownAdvisoriesCheck(),
        new NoInstallPolicyCheck(),
        new InstallSourceCheck(),
        new UploadedSkillArchivesCheck(),
        new SharedDirLoadPathCheck(),
        new AutonomousSkillWorkshopCheck(),
        new SkillVerdictCheck(),
    ];
}
