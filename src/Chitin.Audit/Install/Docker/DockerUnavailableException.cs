namespace Chitin.Audit.Install.Docker;

public sealed class DockerUnavailableException : Exception
{
    public DockerUnavailableException()
    {
    }

    public DockerUnavailableException(string message)
        : base(message)
    {
    }

    public DockerUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
