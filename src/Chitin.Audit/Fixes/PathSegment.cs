namespace Chitin.Audit.Fixes;

/// <summary>One step of a <see cref="ConfigPath"/>: an object member name, or an index into an existing array.</summary>
public readonly record struct PathSegment(string? Key, int Index)
{
    public bool IsIndex => Key is null;

    public static PathSegment Member(string key) => new(key, -1);

    public static PathSegment Item(int index) => new(null, index);

    public override string ToString() => Key ?? $"[{Index}]";
}
