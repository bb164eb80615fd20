using System.Text;

namespace Chitin.Audit.Fixes;

/// <summary>
/// Set <see cref="Key"/> in <c>&lt;state&gt;/.env</c> (mode 600), where OpenClaw loads secrets from. The value is a
/// secret: it is written to that file only and never printed (this record's text form redacts it).
/// </summary>
public sealed record EnvFileSet(string Key, string Value) : FixChange
{
    protected override bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Key = ").Append(Key).Append(", Value = <redacted>, Reason = ").Append(Reason);
        return true;
    }
}
