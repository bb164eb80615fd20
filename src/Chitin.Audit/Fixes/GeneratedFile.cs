namespace Chitin.Audit.Fixes;

/// <summary>A file written whole (harden's container run file, firewall snippet, advice). Never holds a secret.</summary>
public sealed record GeneratedFile(string Path, string Content, int Mode) : FixChange;
