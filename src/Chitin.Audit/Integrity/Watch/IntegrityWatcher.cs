using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Channels;
using Chitin.Audit.Findings;

namespace Chitin.Audit.Integrity.Watch;

/// <summary>
/// The <c>chitin watch</c> daemon: inotify (FileSystemWatcher) on the baseline's roots, a debounced incremental
/// verify after relevant events, a full verify on inotify overflow and every <see cref="WatchOptions.FullInterval"/>,
/// and a poll that re-creates watches when a watched folder is deleted and re-created. Every new change (and every
/// change that went away) becomes one event for all sinks. Memory is bounded: events only set flags; the
/// verify itself is the same bounded walk as <c>chitin verify</c>.
/// </summary>
internal sealed class IntegrityWatcher : IDisposable
{
    private const int MaxEventsPerVerify = 500;

    private readonly Func<IntegrityTargets> _targets;
    private readonly IntegritySettings _settings;
    private readonly WatchOptions _options;
    private readonly IReadOnlyList<IWatchSink> _sinks;
    private readonly TimeProvider _time;
    private readonly Action<string> _diagnostics;
    private readonly DriftTracker _tracker = new();
    private readonly Channel<byte> _signal = Channel.CreateBounded<byte>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly InotifyWatches _watches;
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WatchScope _scope;
    private IReadOnlyList<BaselineRoot> _baselineRoots = [];
    private bool _dirty;
    private bool _overflow;
    private bool _rebuild;
    private DateTimeOffset? _lastFileEvent;
    private DateTimeOffset _deadline = DateTimeOffset.MaxValue;
    private string? _lastFailure;
    private bool _stateDirMissing;
    private bool _degraded;
    private DateTimeOffset _nextDegradedVerify;

    public IntegrityWatcher(Func<IntegrityTargets> targets, IntegritySettings settings, WatchOptions options, IReadOnlyList<IWatchSink> sinks, Action<string> diagnostics)
    {
        _targets = targets;
        _settings = settings;
        _options = options;
        _sinks = sinks;
        _time = settings.Time;
        _diagnostics = diagnostics;
        _scope = new WatchScope(targets(), [], settings.Policy);
        _watches = new InotifyWatches(OnPath, OnError);
    }

    /// <summary>Publishes a one-off event (e.g. that the previous event log was set aside) before or while running.</summary>
    public void Announce(string type, Severity severity, string detail) => Emit(type, severity, null, detail);

    public void Dispose() => _watches.Dispose();

    /// <summary>Completes once the first verify ran and the watches are in place.</summary>
    public Task Ready => _ready.Task;

    /// <summary>Verifies run so far (tests and diagnostics).</summary>
    public int Verifies { get; private set; }

    public async Task RunAsync(CancellationToken ct)
    {
        Emit(WatchEvent.Started, detail: $"baseline {_settings.BaselineFile}");
        _stateDirMissing = !Directory.Exists(_scope.StateDir);
        if (_stateDirMissing)
        {
            Emit(WatchEvent.StateDirMissing, severity: Severity.Critical, path: _scope.StateDir, detail: "the state dir does not exist");
        }

        Verify(full: false, ct);
        Rebuild();
        _ready.TrySetResult();
        var nextFull = _options.FullInterval > TimeSpan.Zero ? _time.GetUtcNow() + _options.FullInterval : DateTimeOffset.MaxValue;
        var nextPoll = _time.GetUtcNow() + _options.Poll;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var now = _time.GetUtcNow();
                var wake = Min(nextPoll, nextFull, DueAt());
                var wait = wake - now;
                if (wait > TimeSpan.Zero)
                {
                    try
                    {
                        await _signal.Reader.WaitToReadAsync(ct).AsTask().WaitAsync(wait, _time, ct).ConfigureAwait(false);
                    }
                    catch (TimeoutException)
                    {
                        // time for a poll, a debounced verify or the periodic full verify
                    }
                }

                while (_signal.Reader.TryRead(out _))
                {
                }

                now = _time.GetUtcNow();
                if (now >= nextPoll)
                {
                    Poll();
                    nextPoll = now + _options.Poll;
                }

                bool overflow, rebuild;
                lock (_gate)
                {
                    (overflow, rebuild) = (_overflow, _rebuild);
                    (_overflow, _rebuild) = (false, false);
                }

                if (rebuild)
                {
                    Rebuild();
                }

                if (overflow)
                {
                    Emit(WatchEvent.Overflow, severity: Severity.Info, detail: "inotify queue overflowed: events were lost; running a full verify");
                    Reset();
                    Verify(full: true, ct);
                }
                else if (DueAt() <= now)
                {
                    Reset();
                    Verify(full: false, ct);
                }

                if (now >= nextFull)
                {
                    Verify(full: true, ct);
                    nextFull = now + _options.FullInterval;
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // SIGTERM / Ctrl+C: stop cleanly below
        }
        finally
        {
            _ready.TrySetResult();
            _watches.Dispose();
            Emit(WatchEvent.Stopped);
        }
    }

    private DateTimeOffset DueAt()
    {
        lock (_gate)
        {
            if (!_dirty)
            {
                return DateTimeOffset.MaxValue;
            }

            var quiet = _lastFileEvent is { } l ? l + _options.Debounce : DateTimeOffset.MaxValue;
            return quiet < _deadline ? quiet : _deadline;
        }
    }

    private void Reset()
    {
        lock (_gate)
        {
            _dirty = false;
            _lastFileEvent = null;
            _deadline = DateTimeOffset.MaxValue;
        }
    }

    private void MarkDirty(WatchRelevance relevance, bool now = false)
    {
        var t = _time.GetUtcNow();
        lock (_gate)
        {
            _dirty = true;
            if (relevance == WatchRelevance.Database)
            {
                _deadline = Min(_deadline, t + _options.DatabaseDelay);
            }
            else
            {
                _lastFileEvent = t;
                _deadline = Min(_deadline, t + (now ? TimeSpan.Zero : _options.MaxDelay));
            }
        }

        _signal.Writer.TryWrite(0);
    }

    private void Verify(bool full, CancellationToken ct)
    {
        Verifies++;
        if (StateDirChanged() || _stateDirMissing)
        {
            return; // one state-dir-missing event instead of one removal per file
        }

        try
        {
            var targets = _targets();
            var result = IntegrityVerifier.Verify(targets, _settings, full, ct);
            _lastFailure = null;
            var (fresh, resolved) = _tracker.Update(result.Changes);
            foreach (var c in fresh.Take(MaxEventsPerVerify))
            {
                Emit(WatchEvent.Drift, c.Severity, c.Path, c.Detail, c);
            }

            if (fresh.Count > MaxEventsPerVerify)
            {
                Emit(WatchEvent.Drift, fresh.Max(c => c.Severity), _scope.StateDir, string.Create(CultureInfo.InvariantCulture, $"{fresh.Count - MaxEventsPerVerify} more changes (run 'chitin verify' for the full list)"));
            }

            foreach (var c in resolved.Take(MaxEventsPerVerify))
            {
                Emit(WatchEvent.Resolved, Severity.Info, c.Path, "back as recorded: " + c.Change, c);
            }

            _baselineRoots = result.Roots;
            var scope = new WatchScope(targets, result.Roots, _settings.Policy);
            var changed = !scope.Dirs.SequenceEqual(_scope.Dirs);
            _scope = scope;
            if (changed)
            {
                Rebuild();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // the daemon survives anything one verify throws (a file vanishing mid-walk, a locked database, an edited baseline)
            if (e.Message != _lastFailure)
            {
                _lastFailure = e.Message;
                var severity = e is IntegrityException { Failure: IntegrityFailure.SignatureMismatch or IntegrityFailure.WrongKey or IntegrityFailure.KeyPermissions } ? Severity.Critical : Severity.High;
                Emit(WatchEvent.VerifyFailed, severity, _settings.BaselineFile, e.Message);
            }
        }
    }

    /// <summary>Notices the state dir disappearing or coming back; true when it just changed.</summary>
    private bool StateDirChanged()
    {
        var missing = !Directory.Exists(_scope.StateDir);
        if (missing == _stateDirMissing)
        {
            return false;
        }

        _stateDirMissing = missing;
        Emit(missing ? WatchEvent.StateDirMissing : WatchEvent.StateDirBack, missing ? Severity.Critical : Severity.Info, _scope.StateDir, missing ? "the state dir was deleted or moved away" : "the state dir exists again; verifying it");
        Rebuild();
        MarkDirty(WatchRelevance.File); // debounced: let a restore finish copying first
        return true;
    }

    private void Poll()
    {
        if (StateDirChanged())
        {
            return;
        }

        var now = _time.GetUtcNow();
        if (_degraded && now >= _nextDegradedVerify)
        {
            _nextDegradedVerify = now + TimeSpan.FromSeconds(10);
            MarkDirty(WatchRelevance.File, now: true);
        }

        if (_watches.Stale(_scope.Dirs))
        {
            Rebuild();
            MarkDirty(WatchRelevance.File, now: true);
        }
    }

    private void Rebuild()
    {
        _scope = new WatchScope(SafeTargets(), _baselineRoots, _settings.Policy);
        var failed = _watches.Replace(_scope.Dirs);
        var degraded = failed.Count > 0;
        if (degraded && !_degraded)
        {
            Emit(WatchEvent.Degraded, Severity.Medium, _scope.StateDir, "cannot watch " + string.Join("; ", failed) + ". Verifying every 10 s instead (raise fs.inotify.max_user_watches / max_user_instances).");
        }

        _degraded = degraded;
    }

    private IntegrityTargets SafeTargets()
    {
        try
        {
            return _targets();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new IntegrityTargets { StateDir = _scope.StateDir, ConfigPath = Path.Combine(_scope.StateDir, "openclaw.json") };
        }
    }

    private void OnPath(string path)
    {
        var relevance = _scope.Classify(path.TrimEnd('/'));
        if (relevance != WatchRelevance.None)
        {
            MarkDirty(relevance);
        }
    }

    private void OnError(Exception e)
    {
        lock (_gate)
        {
            if (e is InternalBufferOverflowException)
            {
                _overflow = true;
            }
            else
            {
                _rebuild = true;
                _dirty = true;
                _deadline = _time.GetUtcNow();
            }
        }

        _signal.Writer.TryWrite(0);
    }

    private void Emit(string type, Severity? severity = null, string? path = null, string? detail = null, IntegrityChange? change = null)
    {
        var e = new WatchEvent
        {
            Time = _time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            Type = type,
            StateDir = _scope.StateDir,
            Path = path,
            Change = change?.Change,
            Severity = severity?.Wire(),
            Key = change?.Key,
            Detail = detail,
            Before = change?.Before,
            After = change?.After,
        };
        var json = Serialize(e);
        foreach (var sink in _sinks)
        {
            try
            {
                sink.Publish(e, json);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _diagnostics($"cannot publish a watch event: {ex.Message}");
            }
        }
    }

    /// <summary>Compact JSON, non-ASCII kept as UTF-8 (paths and details stay readable in logs).</summary>
    internal static byte[] Serialize(WatchEvent e)
    {
        using var ms = new MemoryStream(512);
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            JsonSerializer.Serialize(w, e, IntegrityJsonContext.Default.WatchEvent);
        }

        return ms.ToArray();
    }

    private static DateTimeOffset Min(params DateTimeOffset[] values) => values.Min();
}
