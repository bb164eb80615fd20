using Chitin.Audit.Findings;

namespace Chitin.Audit.Integrity;

/// <summary>One difference between the baseline and the disk (or the state database).</summary>
public sealed record IntegrityChange
{
    public const string Added = "added";
    public const string Removed = "removed";
    public const string Modified = "modified";
    public const string TypeChanged = "type";
    public const string TargetChanged = "target";
    public const string ModeChanged = "mode";
    public const string OwnerChanged = "owner";
    public const string Unreadable = "unreadable";

    public required string Path { get; init; }

    /// <summary>The policy key (<c>workspace:SOUL.md</c>) that decided the severity.</summary>
    public required string Key { get; init; }

    /// <summary>added, removed, modified, type, target, mode, owner or unreadable.</summary>
    public required string Change { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>One line for people (hashes shortened, never file content).</summary>
    public required string Detail { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }

    /// <summary>Identity of this exact change (same path, kind and new state), used to report it once.</summary>
    public string Signature => Path + "\n" + Change + "\n" + After;
}
