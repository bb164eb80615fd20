namespace Chitin.Audit.Install;

/// <summary>One KEY=VALUE line of a .env file. The value is kept in memory for comparisons only and never printed.</summary>
public sealed record DotEnvEntry(string Key, string Value, string File, int Line);
