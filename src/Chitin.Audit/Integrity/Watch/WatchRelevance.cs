namespace Chitin.Audit.Integrity.Watch;

/// <summary>Whether a file event can change the verify result, and how soon to verify.</summary>
internal enum WatchRelevance
{
    None,
    File,
    Database,
}
