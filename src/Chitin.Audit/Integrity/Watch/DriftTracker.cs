namespace Chitin.Audit.Integrity.Watch;

/// <summary>
/// Remembers which changes were already reported, so each verify emits only what is new (a change, or the same
/// path changed again) and what went away (resolved). Memory is bounded by the number of current changes.
/// </summary>
internal sealed class DriftTracker
{
    private Dictionary<string, IntegrityChange> _reported = new(StringComparer.Ordinal);

    public int Count => _reported.Count;

    public (List<IntegrityChange> New, List<IntegrityChange> Resolved) Update(IReadOnlyList<IntegrityChange> changes)
    {
        var next = new Dictionary<string, IntegrityChange>(changes.Count, StringComparer.Ordinal);
        var fresh = new List<IntegrityChange>();
        foreach (var c in changes)
        {
            var id = c.Path + "\n" + c.Change;
            if (!_reported.TryGetValue(id, out var before) || before.Signature != c.Signature)
            {
                fresh.Add(c);
            }

            next[id] = c;
        }

        var resolved = _reported.Where(p => !next.ContainsKey(p.Key)).Select(p => p.Value).ToList();
        _reported = next;
        return (fresh, resolved);
    }
}
