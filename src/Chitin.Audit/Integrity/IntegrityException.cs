namespace Chitin.Audit.Integrity;

/// <summary>A baseline, key or event log cannot be used; <see cref="Exception.Message"/> says why and what to do.</summary>
public sealed class IntegrityException : Exception
{
    public IntegrityException()
    {
    }

    public IntegrityException(string message)
        : base(message)
    {
    }

    public IntegrityException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public IntegrityException(IntegrityFailure failure, string message, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
    }

    public IntegrityFailure Failure { get; }
}
