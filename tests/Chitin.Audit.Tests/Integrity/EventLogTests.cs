using System.Text;
using Chitin.Audit.Integrity;
using Chitin.Audit.Integrity.Watch;

namespace Chitin.Audit.Tests.Integrity;

public sealed class EventLogTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chitin-eventlog-").FullName;
    private readonly BaselineKey _key;
    private readonly string _log;

    public EventLogTests()
    {
        _key = BaselineKey.LoadOrCreate(Path.Combine(_dir, "key", "baseline.key"), out _);
        _log = Path.Combine(_dir, "events", "log.jsonl");
        var log = EventLog.Open(_log, _key, TimeProvider.System, _ => { });
        for (var i = 1; i <= 5; i++)
        {
            log.Append(Encoding.UTF8.GetBytes($"{{\"type\":\"drift\",\"path\":\"/x/{i}\"}}"));
        }

        log.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void An_untouched_log_verifies()
    {
        var check = EventLogVerifier.Verify(_log, _key);
        Assert.True(check.Intact, string.Join("; ", check.Problems));
        Assert.Equal(5, check.Entries);
    }

    [Fact]
    public async Task Reopening_continues_the_chain()
    {
        var log = EventLog.Open(_log, _key, TimeProvider.System, _ => { });
        log.Append("{\"type\":\"resolved\"}"u8.ToArray());
        await log.DisposeAsync();
        var check = EventLogVerifier.Verify(_log, _key);
        Assert.True(check.Intact, string.Join("; ", check.Problems));
        Assert.Equal(6, check.Entries);
        Assert.Null(log.SetAside);
    }

    [Fact]
    public void An_edited_line_is_detected()
    {
        var lines = File.ReadAllLines(_log);
        lines[2] = lines[2].Replace("/x/3", "/x/9", StringComparison.Ordinal);
        File.WriteAllLines(_log, lines);
        var check = EventLogVerifier.Verify(_log, _key);
        Assert.False(check.Intact);
        Assert.Contains(check.Problems, p => p.StartsWith("line 3:", StringComparison.Ordinal) && p.Contains("edited", StringComparison.Ordinal));
    }

    [Fact]
    public void Reordered_lines_are_detected()
    {
        var lines = File.ReadAllLines(_log);
        (lines[1], lines[2]) = (lines[2], lines[1]);
        File.WriteAllLines(_log, lines);
        var check = EventLogVerifier.Verify(_log, _key);
        Assert.False(check.Intact);
        Assert.Contains(check.Problems, p => p.Contains("reordered", StringComparison.Ordinal));
    }

    [Fact]
    public void A_removed_line_is_detected()
    {
        var lines = File.ReadAllLines(_log).ToList();
        lines.RemoveAt(1);
        File.WriteAllLines(_log, lines);
        Assert.False(EventLogVerifier.Verify(_log, _key).Intact);
    }

    [Fact]
    public void A_truncated_log_is_detected_by_its_signed_head()
    {
        var lines = File.ReadAllLines(_log);
        File.WriteAllLines(_log, lines[..3]); // a clean cut at a line boundary: the chain itself still holds
        var check = EventLogVerifier.Verify(_log, _key);
        Assert.False(check.Intact);
        Assert.Contains(check.Problems, p => p.Contains("truncated", StringComparison.Ordinal) && p.Contains('5', StringComparison.Ordinal));
    }

    [Fact]
    public void A_cut_mid_line_or_a_missing_head_is_detected()
    {
        var bytes = File.ReadAllBytes(_log);
        File.WriteAllBytes(_log, bytes[..(bytes.Length - 10)]);
        Assert.Contains(EventLogVerifier.Verify(_log, _key).Problems, p => p.Contains("incomplete", StringComparison.Ordinal));

        File.WriteAllBytes(_log, bytes);
        File.Delete(_log + ".head");
        Assert.Contains(EventLogVerifier.Verify(_log, _key).Problems, p => p.Contains("head", StringComparison.Ordinal));
    }

    [Fact]
    public void A_forged_head_or_another_key_is_detected()
    {
        var head = File.ReadAllText(_log + ".head");
        File.WriteAllText(_log + ".head", head.Replace("\"count\":5", "\"count\":3", StringComparison.Ordinal));
        Assert.Contains(EventLogVerifier.Verify(_log, _key).Problems, p => p.Contains("does not verify", StringComparison.Ordinal));

        File.WriteAllText(_log + ".head", head);
        var other = BaselineKey.LoadOrCreate(Path.Combine(_dir, "key2", "baseline.key"), out _);
        Assert.False(EventLogVerifier.Verify(_log, other).Intact);
    }

    [Fact]
    public async Task A_broken_log_is_set_aside_when_reopened()
    {
        File.WriteAllLines(_log, File.ReadAllLines(_log)[..2]);
        var log = EventLog.Open(_log, _key, TimeProvider.System, _ => { });
        log.Append("{\"type\":\"watch-started\"}"u8.ToArray());
        await log.DisposeAsync();
        Assert.NotNull(log.SetAside);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(_log)!, "log.jsonl.broken-*.head"));
        Assert.True(EventLogVerifier.Verify(_log, _key).Intact);
    }
}
