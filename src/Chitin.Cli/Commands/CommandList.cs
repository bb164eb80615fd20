using System.CommandLine;

namespace Chitin.Cli.Commands;

/// <summary>The one list of top-level commands.</summary>
internal static class CommandList
{
    public static IReadOnlyList<Command> All =>
    [
        AuditCommand.Create(),
        ChecksCommand.Create(),
        HardenCommand.Create(),
        BaselineCommand.Create(),
        VerifyCommand.Create(),
        WatchCommand.Create(),
        LogCommand.Create(),
        SkillsCommand.Create(),
        IocsCommand.Create(),
        McpCommand.Create(),
        CellsCommand.Create(),
    ];
}
