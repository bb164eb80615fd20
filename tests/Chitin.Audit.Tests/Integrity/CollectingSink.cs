using System.Collections.Concurrent;
using Chitin.Audit.Integrity.Watch;

namespace Chitin.Audit.Tests.Integrity;

/// <summary>Keeps every published event, and lets a test wait for one.</summary>
internal sealed class CollectingSink : IWatchSink
{
    private readonly ConcurrentQueue<WatchEvent> _events = new();

    public IReadOnlyList<WatchEvent> Events => [.. _events];

    public void Publish(WatchEvent e, byte[] json) => _events.Enqueue(e);

    public async Task<WatchEvent> WaitFor(Func<WatchEvent, bool> match, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_events.FirstOrDefault(match) is { } e)
            {
                return e;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"no matching event within {timeout.TotalSeconds} s; got: {string.Join(", ", _events.Select(e => e.Type + " " + e.Path))}");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
