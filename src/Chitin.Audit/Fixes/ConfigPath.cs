using System.Text;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes;

/// <summary>
/// A path into the merged config, as segments (member names may hold dots, e.g. a Telegram group id).
/// Rendered like <see cref="J5Node.Path"/>: <c>agents.list[0].tools.exec</c>, <c>channels.telegram.groups["a.b"]</c>.
/// </summary>
public sealed class ConfigPath : IEquatable<ConfigPath>
{
    private readonly PathSegment[] _segments;

    private ConfigPath(PathSegment[] segments) => _segments = segments;

    public static ConfigPath Root { get; } = new([]);

    public IReadOnlyList<PathSegment> Segments => _segments;

    public int Count => _segments.Length;

    /// <summary>A path of plain member names split at dots (<c>gateway.auth.token</c>).</summary>
    public static ConfigPath Parse(string dotted) =>
        dotted.Length == 0 ? Root : new([.. dotted.Split('.').Select(PathSegment.Member)]);

    /// <summary>The path of an existing node of the merged config (member names and array indexes from its parents).</summary>
    public static ConfigPath Of(J5Node node)
    {
        var parts = new List<PathSegment>();
        for (var n = node; n.Parent is not null; n = n.Parent)
        {
            parts.Add(n.Parent is J5Array ? PathSegment.Item(n.Index) : PathSegment.Member(n.Key!));
        }

        parts.Reverse();
        return new([.. parts]);
    }

    public ConfigPath Append(string key) => new([.. _segments, PathSegment.Member(key)]);

    /// <summary>Appends the member names of a dotted relative path.</summary>
    public ConfigPath Then(string dotted) => new([.. _segments, .. dotted.Split('.').Select(PathSegment.Member)]);

    public ConfigPath Append(int index) => new([.. _segments, PathSegment.Item(index)]);

    /// <summary>True when this path is <paramref name="other"/> or lies below it.</summary>
    public bool StartsWith(ConfigPath other) =>
        other._segments.Length <= _segments.Length && other._segments.AsSpan().SequenceEqual(_segments.AsSpan(0, other._segments.Length));

    public bool Equals(ConfigPath? other) => other is not null && _segments.AsSpan().SequenceEqual(other._segments);

    public override bool Equals(object? obj) => Equals(obj as ConfigPath);

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var s in _segments)
        {
            h.Add(s);
        }

        return h.ToHashCode();
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var s in _segments)
        {
            if (s.IsIndex)
            {
                sb.Append('[').Append(s.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
                continue;
            }

            var plain = s.Key!.Length > 0 && s.Key.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '$' or '*');
            if (plain)
            {
                if (sb.Length > 0)
                {
                    sb.Append('.');
                }

                sb.Append(s.Key);
            }
            else
            {
                sb.Append("[\"").Append(s.Key.Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"]");
            }
        }

        return sb.ToString();
    }
}
