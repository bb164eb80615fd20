namespace Chitin.Cli;

/// <summary>Named exit codes shared by every command.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above --fail-on.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above --fail-on.</summary>
    public const int Findings = 1;

    /// <summary>Bad flags or arguments.</summary>
    public const int Usage = 2;

    /// <summary>The target could not be scanned (missing state dir, unreadable config, write failure).</summary>
    public const int CouldNotScan = 3;
}
