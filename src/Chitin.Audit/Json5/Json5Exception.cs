namespace Chitin.Audit.Json5;

/// <summary>A JSON5 syntax or limit error with the file, 1-based line and column, and what is wrong.</summary>
public sealed class Json5Exception : Exception
{
    public Json5Exception()
    {
        File = string.Empty;
        Reason = string.Empty;
    }

    public Json5Exception(string message)
        : base(message)
    {
        File = string.Empty;
        Reason = message;
    }

    public Json5Exception(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
        Reason = message;
    }

    public Json5Exception(string file, int line, int column, string reason)
        : base($"{file}:{line}:{column}: {reason}")
    {
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    public string Reason { get; }
}
