using System.Diagnostics;
using System.Globalization;
using Chitin.Audit.Install.FileSystem;

namespace Chitin.Audit.Integrity;

/// <summary>
/// Records, verifies and updates the signed baseline of one install. This is the library entry point: the CLI
/// (<c>chitin baseline | verify | watch</c>), the audit (CHI-IDS-110/111) and the skill install gate call it.
/// Everything that makes a baseline unusable (no baseline, missing or open key, edited baseline, another
/// machine or state dir) throws <see cref="IntegrityException"/> with a message that says what to do.
/// </summary>
public static class IntegrityVerifier
{
    private const int MaxAcceptHistory = 10_000;

    /// <summary>Verify the install at <paramref name="stateDir"/> (null: as OpenClaw finds it) against its default baseline.</summary>
    public static VerifyResult Verify(string? stateDir, IReadOnlyDictionary<string, string> env, string fallbackHome, bool full = false, CancellationToken ct = default)
    {
        var targets = IntegrityTargets.Load(stateDir, null, env, fallbackHome);
        return Verify(targets, IntegritySettings.For(targets.StateDir, env, fallbackHome), full, ct);
    }

    /// <summary>
    /// Compares the disk with the baseline. Incremental by default: a file whose size, mtime, ctime and inode
    /// match the baseline is not read again; <paramref name="full"/> re-hashes everything.
    /// </summary>
    public static VerifyResult Verify(IntegrityTargets targets, IntegritySettings settings, bool full = false, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        CheckLocations(targets, settings);
        var key = BaselineKey.Load(settings.KeyFile);
        var body = BaselineStore.Read(settings.BaselineFile, key);
        CheckOwnership(body, targets, settings);

        var policy = settings.Policy;
        var byPath = new Dictionary<string, BaselineEntry>(body.Entries.Count, StringComparer.Ordinal);
        foreach (var e in body.Entries)
        {
            byPath[e.Path] = e;
        }

        var samePolicy = body.PolicyHash == policy.Hash;
        var singles = body.Entries.Where(e => e.Key.StartsWith("config:", StringComparison.Ordinal) || e.Key.StartsWith("include:", StringComparison.Ordinal)).Select(e => (e.Path, e.Key));
        var walk = ScopeWalker.Walk(targets, body.Roots, singles, policy, samePolicy ? byPath.ContainsKey : null, ct);

        var current = walk.Entries;
        var toHash = new List<int>();
        for (var i = 0; i < current.Count; i++)
        {
            var c = current[i];
            if (c.Type != BaselineEntry.FileType)
            {
                continue;
            }

            if (!full && byPath.TryGetValue(c.Path, out var b) && b.Type == BaselineEntry.FileType && b.Sha256 is not null && b.SameStat(c))
            {
                current[i] = c with { Sha256 = b.Sha256 };
            }
            else
            {
                toHash.Add(i);
            }
        }

        var bytes = HashAll(current, toHash, settings.HashParallelism, ct);

        var db = Path.Combine(targets.StateDir, policy.Sqlite.Database);
        var dbFiles = DbFiles(db);
        var recordedRows = body.Entries.Where(e => e.Type == BaselineEntry.RowType).ToList();
        var notes = new List<string>(walk.Notes);
        var rowsRead = full || !samePolicy || !SameFiles(body.DbFiles, dbFiles);
        List<BaselineEntry> rows;
        var unlistable = new List<string>(walk.Unlistable);
        if (rowsRead)
        {
            var read = StateDbRows.Read(db, policy.Sqlite, key);
            rows = read.Rows;
            if (read.Error is not null)
            {
                notes.Add(read.Error);
                unlistable.Add(db);
                rows = [];
            }
        }
        else
        {
            rows = recordedRows;
        }

        var currentByPath = new Dictionary<string, BaselineEntry>(current.Count + rows.Count, StringComparer.Ordinal);
        foreach (var e in current.Concat(rows))
        {
            currentByPath[e.Path] = e;
        }

        var changes = DriftComparer.Compare(body.Entries, currentByPath, policy, [.. body.TruncatedRoots, .. walk.TruncatedRoots], unlistable);
        return new VerifyResult
        {
            StateDir = targets.StateDir,
            BaselineFile = settings.BaselineFile,
            BaselineCreatedAt = body.CreatedAt,
            BaselineUpdatedAt = body.UpdatedAt,
            Changes = changes,
            Notes = notes,
            Full = full,
            EntriesChecked = currentByPath.Count,
            FilesHashed = toHash.Count,
            BytesHashed = bytes,
            RowsChecked = rows.Count,
            RowsRead = rowsRead,
            Elapsed = clock.Elapsed,
            Baseline = body,
            Current = currentByPath,
            CurrentDbFiles = dbFiles,
            Roots = walk.Roots,
        };
    }

    /// <summary>
    /// Records a new baseline (creating the key on first use). Refuses to replace an existing baseline that shows
    /// unreviewed changes or cannot be checked, unless <paramref name="force"/>.
    /// </summary>
    public static RecordResult Record(IntegrityTargets targets, IntegritySettings settings, string by, bool force = false, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        CheckLocations(targets, settings);
        if (!Directory.Exists(targets.StateDir))
        {
            throw new IntegrityException(IntegrityFailure.StateDirMissing, $"state dir {targets.StateDir} does not exist; nothing to record. Use --state-dir, or set OPENCLAW_STATE_DIR.");
        }

        IReadOnlyList<BaselineAcceptance> history = [];
        if (File.Exists(settings.BaselineFile))
        {
            try
            {
                var previous = Verify(targets, settings, full: false, ct);
                history = previous.Baseline?.Accepted ?? [];
                if (previous.Changes.Count > 0 && !force)
                {
                    throw new IntegrityException(
                        IntegrityFailure.WouldOverwrite,
                        string.Create(CultureInfo.InvariantCulture, $"the baseline at {settings.BaselineFile} shows {previous.Changes.Count} unreviewed change(s). Review them with 'chitin verify', accept each with 'chitin baseline accept PATH --reason TEXT', or record everything anew with --force."));
                }
            }
            catch (IntegrityException e) when (e.Failure is not IntegrityFailure.WouldOverwrite and not IntegrityFailure.UnsafeLocation && !force)
            {
                throw new IntegrityException(IntegrityFailure.WouldOverwrite, $"an existing baseline cannot be checked: {e.Message} Pass --force to replace it.", e);
            }
            catch (IntegrityException e) when (e.Failure is not IntegrityFailure.WouldOverwrite and not IntegrityFailure.UnsafeLocation)
            {
                history = []; // --force over a baseline that cannot be trusted: its history is not carried over
            }
        }

        if (force && UnixFileSystem.Lstat(settings.KeyFile) is not null)
        {
            try
            {
                _ = BaselineKey.Load(settings.KeyFile);
            }
            catch (IntegrityException e) when (e.Failure is IntegrityFailure.KeyPermissions or IntegrityFailure.KeyInvalid)
            {
                throw new IntegrityException(e.Failure, e.Message + " (--force does not replace a key; remove it yourself if you mean to start over)", e);
            }
        }

        var key = BaselineKey.LoadOrCreate(settings.KeyFile, out var created);
        var policy = settings.Policy;
        var walk = ScopeWalker.Walk(targets, [], [], policy, null, ct);
        var entries = walk.Entries;
        var toHash = Enumerable.Range(0, entries.Count).Where(i => entries[i].Type == BaselineEntry.FileType).ToList();
        var bytes = HashAll(entries, toHash, settings.HashParallelism, ct);
        var notes = new List<string>(walk.Notes);
        foreach (var e in entries.Where(e => e.Error is not null))
        {
            notes.Add($"{e.Path}: {e.Error} (recorded without content)");
        }

        var db = Path.Combine(targets.StateDir, policy.Sqlite.Database);
        var rows = StateDbRows.Read(db, policy.Sqlite, key);
        if (rows.Error is not null)
        {
            notes.Add(rows.Error);
        }

        var now = Now(settings);
        var body = new BaselineBody
        {
            StateDir = targets.StateDir,
            ConfigPath = targets.ConfigPath,
            Machine = settings.MachineId ?? MachineIdentity.Current(),
            Host = Environment.MachineName,
            CreatedAt = now,
            CreatedBy = by,
            PolicyHash = policy.Hash,
            Roots = walk.Roots,
            TruncatedRoots = walk.TruncatedRoots,
            Notes = notes,
            DbFiles = rows.Error is null ? DbFiles(db) : [],
            Entries = [.. entries.Concat(rows.Rows).OrderBy(e => e.Path, StringComparer.Ordinal)],
            Accepted = history,
        };
        BaselineStore.Write(settings.BaselineFile, body, key, settings.WrapBaselineWrite);
        return new RecordResult
        {
            BaselineFile = settings.BaselineFile,
            KeyFile = key.Path,
            KeyCreated = created,
            Entries = body.Entries.Count,
            Files = toHash.Count,
            Rows = rows.Rows.Count,
            Bytes = bytes,
            Notes = notes,
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>
    /// Folds the current state of <paramref name="path"/> (a file, a folder and everything under it, a row, the
    /// database path for all its rows, or a policy key such as <c>workspace:SOUL.md</c>) into the baseline, and
    /// records who accepted it and why.
    /// </summary>
    public static AcceptResult Accept(IntegrityTargets targets, IntegritySettings settings, string path, string reason, string by, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("a reason is required", nameof(reason));
        }

        var result = Verify(targets, settings, full: false, ct);
        var body = result.Baseline!;
        var wanted = path.Contains(':', StringComparison.Ordinal) && !path.StartsWith('/') ? path : Path.GetFullPath(path).TrimEnd('/');
        bool Matches(IntegrityChange c) =>
            c.Path == wanted || c.Key == wanted
            || (c.Path.StartsWith(wanted, StringComparison.Ordinal) && c.Path.Length > wanted.Length && c.Path[wanted.Length] is '/' or '#');
        var chosen = result.Changes.Where(Matches).ToList();
        if (chosen.Count == 0)
        {
            throw new IntegrityException(IntegrityFailure.NothingToAccept, $"no change at {wanted} to accept ({result.Changes.Count} change(s) in all; 'chitin verify' lists them).");
        }

        var entries = body.Entries.ToDictionary(e => e.Path, StringComparer.Ordinal);
        var now = Now(settings);
        var accepted = new List<BaselineAcceptance>();
        foreach (var c in chosen)
        {
            if (result.Current.TryGetValue(c.Path, out var cur))
            {
                entries[c.Path] = cur;
            }
            else
            {
                entries.Remove(c.Path);
            }

            accepted.Add(new BaselineAcceptance { Path = c.Path, Change = c.Change, By = by, Reason = reason, At = now, Before = c.Before, After = c.After });
        }

        var rowsLeft = result.Changes.Except(chosen).Any(c => c.Path.Contains('#', StringComparison.Ordinal));
        var history = body.Accepted.Concat(accepted).ToList();
        if (history.Count > MaxAcceptHistory)
        {
            history = history[^MaxAcceptHistory..];
        }

        var updated = body with
        {
            UpdatedAt = now,
            PolicyHash = settings.Policy.Hash,
            Roots = [.. body.Roots.Union(result.Roots)],
            DbFiles = rowsLeft || !result.RowsRead ? body.DbFiles : result.CurrentDbFiles,
            Entries = [.. entries.Values.OrderBy(e => e.Path, StringComparer.Ordinal)],
            Accepted = history,
        };
        BaselineStore.Write(settings.BaselineFile, updated, BaselineKey.Load(settings.KeyFile), settings.WrapBaselineWrite);
        return new AcceptResult(settings.BaselineFile, accepted);
    }

    private static long HashAll(List<BaselineEntry> entries, List<int> indexes, int parallelism, CancellationToken ct)
    {
        long total = 0;
        Parallel.ForEach(
            indexes,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = ct },
            i =>
            {
                var e = entries[i];
                var r = FileHasher.Hash(e.Path, e.Inode);
                entries[i] = e with { Sha256 = r.Sha256, Error = r.Error };
                Interlocked.Add(ref total, r.Bytes);
            });
        return total;
    }

    private static List<BaselineEntry> DbFiles(string db)
    {
        var list = new List<BaselineEntry>(2);
        foreach (var p in new[] { db, db + "-wal" })
        {
            try
            {
                if (UnixFileSystem.Lstat(p) is { } st)
                {
                    list.Add(ScopeWalker.FromStat(p, "db-file", st));
                }
            }
            catch (IOException)
            {
                // unreadable: the rows are read (and their error reported) instead
            }
        }

        return list;
    }

    private static bool SameFiles(IReadOnlyList<BaselineEntry> recorded, List<BaselineEntry> now) =>
        recorded.Count > 0 && recorded.Count == now.Count
        && recorded.Zip(now).All(p => p.First.Path == p.Second.Path && p.First.SameStat(p.Second) && p.First.Mode == p.Second.Mode);

    private static void CheckLocations(IntegrityTargets targets, IntegritySettings settings)
    {
        foreach (var (what, file) in new[] { ("baseline", settings.BaselineFile), ("baseline key", settings.KeyFile) })
        {
            var real = FileProbe.RealPath(Path.GetDirectoryName(file)!) ?? Path.GetDirectoryName(file)!;
            var stateReal = FileProbe.RealPath(targets.StateDir) ?? targets.StateDir;
            if (FileProbe.IsInside(file, targets.StateDir) || FileProbe.IsInside(real, stateReal))
            {
                throw new IntegrityException(
                    IntegrityFailure.UnsafeLocation,
                    $"the {what} {file} is inside the state dir {targets.StateDir}, where the agent and its skills can rewrite it. Keep it outside (the default is under ~/.config/chitin and ~/.local/share/chitin).");
            }
        }
    }

    private static void CheckOwnership(BaselineBody body, IntegrityTargets targets, IntegritySettings settings)
    {
        if (!string.Equals(body.StateDir, targets.StateDir, StringComparison.Ordinal))
        {
            throw new IntegrityException(
                IntegrityFailure.OtherStateDir,
                $"baseline {settings.BaselineFile} belongs to state dir {body.StateDir}, not {targets.StateDir}. Pass the matching --state-dir, or record a baseline for this one with 'chitin baseline'.");
        }

        var machine = settings.MachineId ?? MachineIdentity.Current();
        if (!string.Equals(body.Machine, machine, StringComparison.Ordinal))
        {
            throw new IntegrityException(
                IntegrityFailure.OtherMachine,
                $"baseline {settings.BaselineFile} was recorded on another machine (host '{body.Host}', machine {body.Machine}; this one is {machine}). A baseline only describes the machine it was recorded on: record one here with 'chitin baseline --force'.");
        }
    }

    private static string Now(IntegritySettings settings) =>
        settings.Time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
