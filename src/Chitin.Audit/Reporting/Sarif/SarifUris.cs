namespace Chitin.Audit.Reporting.Sarif;

/// <summary>Paths to SARIF URIs (RFC 8089 file URIs and relative references), every segment percent-encoded.</summary>
internal static class SarifUris
{
    public const string StateDirBaseId = "STATEDIR";

    /// <summary><c>/home/a b/x.json</c> → <c>file:///home/a%20b/x.json</c>; a directory gets a trailing slash.</summary>
    public static string FileUri(string absolutePath, bool directory = false)
    {
        var path = absolutePath.Replace('\\', '/');
        string uri;
        if (path.StartsWith("//", StringComparison.Ordinal))
        {
            uri = "file:" + "//" + EscapePath(path[2..]);
        }
        else
        {
            uri = "file://" + EscapePath(path.StartsWith('/') ? path : "/" + path);
        }

        return directory && !uri.EndsWith('/') ? uri + "/" : uri;
    }

    /// <summary>A relative path as a relative reference: <c>agents/main/a b.json</c> → <c>agents/main/a%20b.json</c>.</summary>
    public static string Relative(string relativePath) => EscapePath(relativePath.Replace('\\', '/'));

    private static string EscapePath(string path) =>
        string.Join('/', path.Split('/').Select(EscapeSegment));

    // A drive letter ("C:") stays as it is: file:///C:/x, not file:///C%3A/x.
    private static string EscapeSegment(string segment) =>
        segment.Length == 2 && char.IsAsciiLetter(segment[0]) && segment[1] == ':'
            ? segment
            : Uri.EscapeDataString(segment);
}
