namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// Reads a data file under <c>rules/</c> that the build embeds into this assembly (see the csproj). Callers
/// parse once and cache the result.
/// </summary>
internal static class EmbeddedRules
{
    public static string ReadText(string fileName)
    {
        var asm = typeof(EmbeddedRules).Assembly;
        var suffix = ".rules." + fileName;
        var name = asm.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"rules/{fileName} is not embedded in {asm.GetName().Name}.");
        using var stream = asm.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"cannot open embedded resource {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
