using System.Security.Cryptography;
using System.Text;
using Chitin.Audit.Findings;
using Chitin.Audit.Iocs;
using Chitin.Audit.Skills.Rules;
using Chitin.Audit.Skills.Sources;
using Chitin.Audit.Skills.Text;

namespace Chitin.Audit.Skills.Scanning;

/// <summary>
/// One file of a skill: links and archive anomalies, binaries (executables, bytecode, Office files, nested
/// archives, which are opened and scanned too), then text: hidden Unicode, padding, normalization, rules,
/// IOCs and decoded layers. One pass per file; nothing here throws for bad input.
/// </summary>
internal sealed class FileScanner(SkillRuleCatalog catalog, IocIndex iocs, ScanLimits limits, SkillScanState state)
{
    private static readonly HashSet<string> MarkdownExtensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown", ".mdx", ".txt", ".rst", ".html", ".htm", ".adoc", "" };

    private readonly TextScanner _text = new(catalog, iocs, state) { DecodeBudget = limits.MaxDecodedChars };

    public void Scan(SkillFileEntry entry, int nesting = 0)
    {
        switch (entry.Kind)
        {
            case SkillEntryKind.EscapingLink:
                Code("SKL-EVA-004", entry.Path, $"points to {entry.LinkTarget}");
                return;
            case SkillEntryKind.UnsafePath:
                Code("SKL-EVA-010", entry.Path, $"member name \"{Excerpt.Clean(entry.LinkTarget ?? entry.Path)}\"");
                return;
            case SkillEntryKind.ArchiveBomb:
                Code("SKL-EVA-011", entry.Path, entry.LinkTarget);
                return;
            case SkillEntryKind.Special:
                return;
        }

        state.Files++;
        state.Bytes += entry.Content.Length;
        if (entry.Encrypted)
        {
            Code("SKL-ARC-900", entry.Path, "password-protected archive member: its content cannot be scanned");
            return;
        }

        var bytes = entry.Content.Span;
        if (!entry.Truncated && bytes.Length > 0 && iocs.Sets.Count > 0)
        {
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(bytes, hash);
            if (iocs.MatchSha256(Convert.ToHexStringLower(hash)) is { } hit)
            {
                Code("SKL-IOC-004", entry.Path, TextScanner.IocNote(hit), TextScanner.IocSeverity(hit.Entry.Confidence));
            }
        }

        if (entry.Size > 4L * 1024 * 1024)
        {
            Code("SKL-EVA-006", entry.Path, $"{entry.Size / (1024 * 1024)} MiB" + (entry.Truncated ? "; only its head and tail were scanned" : ""));
        }

        var kind = BinarySniffer.Sniff(bytes, entry.Path);
        switch (kind)
        {
            case BinaryKind.Executable:
                Code("SKL-EVA-001", entry.Path, "compiled executable (ELF, Mach-O or PE)");
                return;
            case BinaryKind.PythonBytecode:
                Code("SKL-EVA-002", entry.Path, "Python bytecode: what runs is not what a reviewer reads");
                return;
            case BinaryKind.Office:
                Code("SKL-EVA-003", entry.Path, "Office document");
                Nested(entry, nesting, quiet: true);
                return;
            case BinaryKind.Archive:
                Code("SKL-EVA-005", entry.Path, "archive inside the skill");
                Nested(entry, nesting, quiet: false);
                return;
            case BinaryKind.OtherBinary:
                return;
        }

        var (text, note) = Decode(bytes);
        if (note is not null)
        {
            state.Notes.Add($"{entry.Path}: {note}");
        }

        if (text.Length == 0)
        {
            return;
        }

        ScanText(entry.Path, text);
    }

    public void ScanText(string path, string text)
    {
        var name = Path.GetFileName(path);
        var markdown = MarkdownExtensions.Contains(Path.GetExtension(name)) && !text.StartsWith("#!", StringComparison.Ordinal);
        if (name.Equals("SKILL.md", StringComparison.OrdinalIgnoreCase))
        {
            state.HasSkillMd = true;
            state.FrontmatterName ??= SkillNames.FrontmatterName(text);
        }
        else if (name is "origin.json" or "_meta.json" or "package.json")
        {
            state.Publishers.AddRange(SkillNames.Publishers(text));
        }

        var normalized = MarkdownNormalizer.Normalize(text, markdown);
        foreach (var hit in HiddenUnicode.Scan(text))
        {
            Hidden(path, normalized, hit, markdown);
        }

        if (normalized.MaxBlankRun >= 200)
        {
            Code("SKL-EVA-007", path, $"{normalized.MaxBlankRun} blank lines in a row before line {normalized.MaxBlankRunEndLine}: content below is out of a reviewer's sight", line: normalized.MaxBlankRunEndLine);
        }
        else if (normalized.MaxSpaceRun >= 2000)
        {
            Code("SKL-EVA-007", path, $"{normalized.MaxSpaceRun} spaces in one line push text off screen", line: normalized.MaxSpaceRunLine);
        }

        _text.Scan(path, normalized, markdown ? FileClass.Markdown : FileClass.Code, new TextLocator(normalized, null, 0), layer: null, depth: 0);
    }

    private void Hidden(string path, NormalizedText normalized, HiddenUnicodeHit hit, bool markdown)
    {
        var lineIndex = Math.Max(0, Array.BinarySearch(normalized.RawLines, hit.Line) is var i && i >= 0 ? i : ~i - 1);
        switch (hit.Kind)
        {
            case "bidi":
                Code("SKL-UNI-001", path, $"{hit.Count} bidi control character(s)", markdown ? null : Severity.High, hit.Line);
                break;
            case "zero-width":
                Code("SKL-UNI-002", path, $"{hit.Count} zero-width character(s) outside emoji sequences", hit.Count >= 8 ? Severity.High : null, hit.Line);
                break;
            case "variation-selectors":
                Code("SKL-UNI-004", path, $"{hit.Count} variation selector(s) used outside emoji", null, hit.Line);
                break;
            case "tags":
                Code("SKL-UNI-003", path, $"{hit.Count} invisible tag character(s) spelling \"{Excerpt.Clean(hit.Payload ?? "")}\"", null, hit.Line);
                if (hit.Payload is { Length: > 0 } payload)
                {
                    var inner = MarkdownNormalizer.Normalize(payload, markdown: false);
                    _text.Scan(path, inner, FileClass.Any, new TextLocator(normalized, lineIndex, 0), "unicode-tags", 1);
                }

                break;
        }
    }

    private void Nested(SkillFileEntry entry, int nesting, bool quiet)
    {
        if (entry.Truncated || nesting >= limits.MaxNesting)
        {
            if (!quiet)
            {
                state.Notes.Add($"{entry.Path}: nested archive not opened ({(entry.Truncated ? "too large" : "nested too deep")})");
            }

            return;
        }

        var format = ArchiveSource.Sniff(entry.Content.Span);
        if (format == ArchiveFormat.None)
        {
            if (!quiet)
            {
                state.Notes.Add($"{entry.Path}: archive format not readable (7z, rar …); its content was not scanned");
            }

            return;
        }

        var content = entry.Content;
        var source = new ArchiveSource(() => new MemoryStream(content.ToArray(), writable: false), format, limits, entry.Path + "!/");
        foreach (var inner in source.Enumerate(state.Notes))
        {
            Scan(inner, nesting + 1);
        }
    }

    /// <summary>A finding of a code-backed rule (no regex position).</summary>
    private void Code(string ruleId, string? file, string? detail, Severity? severity = null, int? line = null)
    {
        var rule = catalog.Rule(ruleId);
        state.Add(new SkillFinding
        {
            RuleId = rule.Id,
            Family = rule.Family,
            Severity = severity ?? rule.Severity,
            Title = rule.Title,
            Why = rule.Why,
            File = file,
            Line = line,
            Excerpt = detail,
        });
    }

    /// <summary>UTF-8 (BOM or not), UTF-16 with a BOM, else Latin-1 with a note: the scan always gets text.</summary>
    private static (string Text, string? Note) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return (Encoding.Unicode.GetString(bytes[2..]), null);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), null);
        }

        var body = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;
        if (System.Text.Unicode.Utf8.IsValid(body))
        {
            return (Encoding.UTF8.GetString(body), null);
        }

        return (Encoding.Latin1.GetString(body), "not valid UTF-8; scanned as Latin-1");
    }
}
