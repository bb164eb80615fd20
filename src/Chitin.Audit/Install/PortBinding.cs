namespace Chitin.Audit.Install;

public sealed record PortBinding(string ContainerPort, string HostIp, string HostPort);
