namespace Chitin.Audit.Iocs;

/// <summary>The IOC-source seam: supplies versioned sets; matching lives in <see cref="IocIndex"/>.</summary>
public interface IIocSource
{
    /// <summary>The sets this source holds. Unreadable parts become notes, never exceptions.</summary>
    IReadOnlyList<IocSet> Load(ICollection<string> notes);
}
