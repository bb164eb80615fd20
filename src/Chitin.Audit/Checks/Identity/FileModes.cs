using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Identity;

/// <summary>How file-permission findings describe and point at a path (never its contents).</summary>
internal static class FileModes
{
    /// <summary>OpenClaw's <c>formatPermissionDetail</c> shape: <c>/path mode=644</c> (target mode for a symlink).</summary>
    public static string Describe(FileFacts f) =>
        f.Kind == FileKind.Symlink ? $"{f.Path} (symlink to {f.ResolvedPath ?? f.LinkTarget ?? "?"}) mode={f.ModeText}" : $"{f.Path} mode={f.ModeText}";

    public static Evidence At(FileFacts f) => Evidence.ForFile(f.Path, "mode=" + f.ModeText);

    public static bool IsDirectory(FileFacts f) =>
        f.Kind == FileKind.Directory || (f.Kind == FileKind.Symlink && f.TargetKind == FileKind.Directory);

    public static bool Writable(FileFacts f) => f.GroupWritable || f.WorldWritable;

    public static bool Readable(FileFacts f) => f.GroupReadable || f.WorldReadable;
}
