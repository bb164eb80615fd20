using System.CommandLine;

namespace Chitin.Cli.Commands;

/// <summary><c>chitin cells</c>: one hardened OpenClaw container per tenant.</summary>
internal static class CellsCommand
{
    public static Command Create() => new("cells", "Hardened OpenClaw cells, one per tenant.");
}
