namespace Chitin.Audit.Integrity.Watch;

/// <summary>Where watch events go (stdout/file, event log, webhook, syslog). <see cref="Publish"/> must not block for long or throw.</summary>
internal interface IWatchSink : IAsyncDisposable
{
    void Publish(WatchEvent e, byte[] json);
}
