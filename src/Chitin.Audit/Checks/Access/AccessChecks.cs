namespace Chitin.Audit.Checks.Access;

/// <summary>The explicit list of Access-layer checks. Add one line per new check.</summary>
public static class AccessChecks
{
    public static IReadOnlyList<IAuditCheck> All { get; } =
    [
        new OpenChannelsWithExecCheck(),
        new OpenInboundWithElevatedCheck(),
        new OpenInboundWithRuntimeOrFsCheck(),
        new OpenInboundWithControlPlaneToolsCheck(),
        new MultiUserHeuristicCheck(),
        new GroupScopeMainCheck(),
        new CrossAgentSessionAccessCheck(),
        new ChannelOpenDmCheck(),
        new ChannelDmStateCheck(),
        new ChannelCredentialUnresolvedCheck(),
        new ChannelNameMatchingCheck(),
        new ChannelRoutingOwnerCheck(),
        new ChannelOpenGroupsCheck(),
        new DmSessionCollisionCheck(),
        new TelegramAllowFromEntriesCheck(),
        new TelegramGroupSendersCheck(),
        new HookTokenReuseCheck(),
        new HookTokenTooShortCheck(),
        new HookPathRootCheck(),
        new HookDefaultSessionKeyCheck(),
        new HookAgentRoutingCheck(),
        new HookRequestSessionKeyCheck(),
        new AgentRosterDefaultCheck(),
        new ChatBashCommandCheck(),
        new EffectivelyOpenInboundCheck(),
        new CommandAllowlistWildcardCheck(),
        new HookTokenWeakCheck(),
        new SharedGlobalSessionCheck(),
    ];
}
