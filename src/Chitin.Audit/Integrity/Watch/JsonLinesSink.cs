namespace Chitin.Audit.Integrity.Watch;

/// <summary>Writes each event as one JSON line to a stream (stdout, or a file opened for append).</summary>
internal sealed class JsonLinesSink(Stream output, bool ownsStream) : IWatchSink
{
    private readonly Lock _gate = new();

    public void Publish(WatchEvent e, byte[] json)
    {
        lock (_gate)
        {
            output.Write(json);
            output.WriteByte((byte)'\n');
            output.Flush();
        }
    }

    public ValueTask DisposeAsync()
    {
        if (ownsStream)
        {
            output.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
