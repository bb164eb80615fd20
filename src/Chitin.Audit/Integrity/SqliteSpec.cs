namespace Chitin.Audit.Integrity;

/// <summary>The security-relevant rows of the state database: which tables, and which columns change on their own (left out of the row digest).</summary>
public sealed record SqliteSpec(string Database, IReadOnlyList<SqliteTableSpec> Tables, IReadOnlyList<string> IgnoreColumns);
