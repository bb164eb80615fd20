using System.Security.Cryptography;
using System.Text;
using Chitin.Audit.Iocs;
using Chitin.Audit.Skills;
using Chitin.Audit.Skills.Rules;
using Chitin.Audit.Skills.Sources;

namespace Chitin.Audit.Tests.Skills;

/// <summary>
/// Turns a rule's example into a skill and scans it. Plain text is the content of the rule's example file
/// (SKILL.md unless the rule says otherwise); prefixes: <c>name:</c> (a skill with that name),
/// <c>base64:</c> (file bytes), <c>entry:Kind</c> (a special entry: EscapingLink, UnsafePath, ArchiveBomb,
/// Encrypted, Huge), <c>sha256-ioc</c> (a file whose hash is on a test IOC set).
/// </summary>
internal static class SkillExamples
{
    public const string HashExample = "sha256-ioc";

    private static readonly Lazy<SkillScanner> Scanner = new(() =>
    {
        var hashSet = new IocSet
        {
            Name = "test-hashes",
            Version = "1",
            Origin = "test",
            Entries = [new IocEntry(IocType.Sha256, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(HashExample))), IocConfidence.Confirmed, "test")],
        };
        return new SkillScanner(SkillRuleCatalog.Builtin, new IocIndex([.. BuiltInIocSource.Instance.Load([]), hashSet]));
    });

    public static SkillScanner TestScanner => Scanner.Value;

    public static SkillScanResult Scan(SkillRule rule, string example)
    {
        var name = "example-skill";
        ISkillSource source;
        if (example.StartsWith("name:", StringComparison.Ordinal))
        {
            name = example[5..];
            source = MemorySource.Of(("SKILL.md", $"---\nname: {name}\ndescription: test\n---\nA skill.\n"));
        }
        else if (example.StartsWith("entry:", StringComparison.Ordinal))
        {
            var kind = example[6..];
            source = new MemorySource(
            [
                kind switch
                {
                    "Encrypted" => new SkillFileEntry { Path = "payload.zip!/setup.exe", Encrypted = true, Size = 100 },
                    "Huge" => new SkillFileEntry { Path = "data.txt", Size = 5L * 1024 * 1024, Content = Encoding.UTF8.GetBytes("hello"), Truncated = true },
                    _ => new SkillFileEntry { Path = "x", Kind = Enum.Parse<SkillEntryKind>(kind), LinkTarget = "/root/.ssh" },
                },
            ]);
        }
        else if (example.StartsWith("base64:", StringComparison.Ordinal))
        {
            var bytes = Convert.FromBase64String(example[7..]);
            source = new MemorySource([new SkillFileEntry { Path = rule.ExampleFile, Size = bytes.Length, Content = bytes }]);
        }
        else
        {
            source = MemorySource.Of((rule.ExampleFile, example));
        }

        return TestScanner.Scan(new SkillTarget { Name = name, Path = "/examples/" + name, Source = source });
    }
}
