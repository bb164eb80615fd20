namespace Chitin.Audit.Install;

public sealed record ContainerMount(string Type, string Source, string Destination, bool ReadWrite);
