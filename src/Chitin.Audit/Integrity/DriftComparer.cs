using System.Globalization;
using Chitin.Audit.Findings;

namespace Chitin.Audit.Integrity;

/// <summary>Pure comparison of recorded and current entries; severities come from the policy.</summary>
internal static class DriftComparer
{
    public static List<IntegrityChange> Compare(
        IReadOnlyList<BaselineEntry> recorded,
        IReadOnlyDictionary<string, BaselineEntry> current,
        IntegrityPolicy policy,
        IReadOnlyList<string> truncatedDirs,
        IReadOnlyList<string> unlistableDirs)
    {
        var changes = new List<IntegrityChange>();
        var recordedPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var b in recorded)
        {
            recordedPaths.Add(b.Path);
            var present = current.TryGetValue(b.Path, out var c);
            if (present && Same(b, c!))
            {
                continue; // the common case: nothing to classify
            }

            if (policy.Classify(b.Key) is not { } severity)
            {
                continue;
            }

            if (present)
            {
                Diff(b, c!, severity, changes);
            }
            else if (unlistableDirs.Any(d => Under(b.Path, d)))
            {
                changes.Add(Change(b, IntegrityChange.Unreadable, severity, "its folder can no longer be listed; cannot check it", Describe(b), null));
            }
            else if (!truncatedDirs.Any(d => Under(b.Path, d)))
            {
                changes.Add(Change(b, IntegrityChange.Removed, severity, $"{Kind(b)} removed", Describe(b), null));
            }
        }

        foreach (var c in current.Values)
        {
            if (!recordedPaths.Contains(c.Path) && policy.Classify(c.Key) is { } severity)
            {
                changes.Add(Change(c, IntegrityChange.Added, severity, $"new {Kind(c)}{(c.Type == BaselineEntry.SymlinkType ? " → " + c.Target : "")}", null, Describe(c)));
            }
        }

        changes.Sort((a, b) => b.Severity != a.Severity ? b.Severity.CompareTo(a.Severity) : string.CompareOrdinal(a.Path, b.Path) is var p and not 0 ? p : string.CompareOrdinal(a.Change, b.Change));
        return changes;
    }

    private static bool Same(BaselineEntry b, BaselineEntry c) =>
        b.Type == c.Type && b.Mode == c.Mode && b.Uid == c.Uid && b.Gid == c.Gid
        && b.Sha256 == c.Sha256 && b.RowHmac == c.RowHmac && b.Target == c.Target && (c.Error is null || b.Error is not null);

    private static void Diff(BaselineEntry b, BaselineEntry c, Severity severity, List<IntegrityChange> changes)
    {
        if (b.Type != c.Type)
        {
            if (c.Type == BaselineEntry.UnknownType)
            {
                changes.Add(Change(c, IntegrityChange.Unreadable, severity, "cannot be read any more: " + c.Error, Describe(b), null));
            }
            else
            {
                changes.Add(Change(c, IntegrityChange.TypeChanged, severity, $"was a {Kind(b)}, now a {Kind(c)}{(c.Type == BaselineEntry.SymlinkType ? " → " + c.Target : "")}", Describe(b), Describe(c)));
            }

            return;
        }

        switch (b.Type)
        {
            case BaselineEntry.FileType when c.Error is not null && b.Error is null:
                changes.Add(Change(c, IntegrityChange.Unreadable, severity, "content cannot be read any more: " + c.Error, Short(b.Sha256), null));
                break;
            case BaselineEntry.FileType when b.Sha256 is not null && c.Sha256 is not null && b.Sha256 != c.Sha256:
                changes.Add(Change(c, IntegrityChange.Modified, severity, string.Create(CultureInfo.InvariantCulture, $"content changed: sha256 {Short(b.Sha256)} → {Short(c.Sha256)}, {b.Size} → {c.Size} bytes"), "sha256:" + b.Sha256, "sha256:" + c.Sha256));
                break;
            case BaselineEntry.SymlinkType when b.Target != c.Target:
                changes.Add(Change(c, IntegrityChange.TargetChanged, severity, $"symlink now points to {c.Target} (was {b.Target})", b.Target, c.Target));
                break;
            case BaselineEntry.RowType when b.RowHmac != c.RowHmac:
                changes.Add(Change(c, IntegrityChange.Modified, severity, "row changed", "hmac:" + Short(b.RowHmac), "hmac:" + Short(c.RowHmac)));
                break;
        }

        if (b.Type is BaselineEntry.RowType or BaselineEntry.UnknownType)
        {
            return;
        }

        if (b.Mode != c.Mode && b.Type != BaselineEntry.SymlinkType)
        {
            var added = c.Mode & ~b.Mode;
            var modeSeverity = (added & 0x12) != 0 ? (Severity)Math.Max((int)severity, (int)Severity.High)
                : added == 0 ? Severity.Low
                : severity;
            var opened = (added & 0x12) != 0 ? " (now writable by group or others)" : added == 0 ? " (tightened)" : "";
            changes.Add(Change(c, IntegrityChange.ModeChanged, modeSeverity, $"mode {Octal(b.Mode)} → {Octal(c.Mode)}{opened}", Octal(b.Mode), Octal(c.Mode)));
        }

        if (b.Uid != c.Uid || b.Gid != c.Gid)
        {
            var before = string.Create(CultureInfo.InvariantCulture, $"{b.Uid}:{b.Gid}");
            var after = string.Create(CultureInfo.InvariantCulture, $"{c.Uid}:{c.Gid}");
            changes.Add(Change(c, IntegrityChange.OwnerChanged, severity, $"owner {before} → {after}", before, after));
        }
    }

    private static IntegrityChange Change(BaselineEntry e, string kind, Severity severity, string detail, string? before, string? after) => new()
    {
        Path = e.Path,
        Key = e.Key,
        Change = kind,
        Severity = severity,
        Detail = detail,
        Before = before,
        After = after,
    };

    private static string? Describe(BaselineEntry e) => e.Type switch
    {
        BaselineEntry.FileType => e.Sha256 is null ? "file" : "sha256:" + e.Sha256,
        BaselineEntry.SymlinkType => "symlink:" + e.Target,
        BaselineEntry.RowType => "hmac:" + Short(e.RowHmac),
        _ => e.Type,
    };

    private static string Kind(BaselineEntry e) => e.Type switch
    {
        BaselineEntry.DirType => "folder",
        BaselineEntry.RowType => "database row",
        BaselineEntry.UnknownType => "unreadable entry",
        _ => e.Type,
    };

    private static string Short(string? hash) => hash is null ? "?" : hash.Length > 12 ? hash[..12] : hash;

    private static string Octal(int mode) => Convert.ToString(mode & 0xFFF, 8).PadLeft(3, '0');

    private static bool Under(string path, string dir) =>
        path.StartsWith(dir, StringComparison.Ordinal) && path.Length > dir.Length && path[dir.Length] == '/';
}
