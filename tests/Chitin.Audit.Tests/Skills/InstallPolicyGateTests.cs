using System.Text.Json;
using Chitin.Audit.Skills;
using Chitin.Audit.Skills.Gate;

namespace Chitin.Audit.Tests.Skills;

/// <summary>The security.installPolicy protocol as OpenClaw 2026.9.6 parses it (install-policy-*.mjs).</summary>
public sealed class InstallPolicyGateTests
{
    private static readonly InstallPolicyGate Gate = new(SkillScanner.Default);

    private static string Fixture(string group, string name) => Path.Combine(TechniqueFixtureTests.FixtureRoot, group, name);

    private static string Request(string path, string kind = "directory", string type = "skill") => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["protocolVersion"] = 1,
        ["openclawVersion"] = "2026.9.6",
        ["targetType"] = type,
        ["targetName"] = Path.GetFileName(path),
        ["sourcePath"] = path,
        ["sourcePathKind"] = kind,
        ["origin"] = new Dictionary<string, string> { ["type"] = "path" },
        ["request"] = new Dictionary<string, string> { ["kind"] = "skill-install", ["mode"] = "install" },
    });

    [Fact]
    public void Malicious_skill_is_blocked_with_critical_findings_inside_openclaws_limits()
    {
        var response = Gate.Decide(Request(Fixture("malicious", "clickfix-base64-macos")));
        Assert.Equal("block", response.Decision);
        Assert.False(string.IsNullOrWhiteSpace(response.Reason));
        Assert.True(response.Reason!.Length <= 1000);
        Assert.NotNull(response.Findings);
        Assert.Contains(response.Findings!, f => f.Severity == "critical");
        Assert.All(response.Findings!, f => Assert.Contains(f.Severity, new[] { "info", "warn", "critical" }));
        Assert.True(response.Findings!.Count <= 100);
        using var doc = JsonDocument.Parse(InstallPolicyGate.Serialize(response));
        Assert.Equal(1, doc.RootElement.GetProperty("protocolVersion").GetInt32());
        Assert.Equal("block", doc.RootElement.GetProperty("decision").GetString());
        Assert.Equal(JsonValueKind.String, doc.RootElement.GetProperty("findings")[0].GetProperty("ruleId").ValueKind);
    }

    [Fact]
    public void Clean_skill_is_allowed_and_suspicious_warns_within_the_review_budget()
    {
        Assert.Equal("allow", Gate.Decide(Request(Fixture("benign", "uv-installer"))).Decision);
        var warn = Gate.Decide(Request(Fixture("benign", "security-education")));
        if (warn.Decision == "warn")
        {
            Assert.False(string.IsNullOrWhiteSpace(warn.Reason));
            var rendered = warn.Reason!.Length + (warn.Findings?.Sum(f => f.RuleId.Length + f.Message.Length + (f.File?.Length ?? 0) + (f.Evidence?.Length ?? 0) + 20) ?? 0);
            Assert.True(rendered < 3500, $"warn review would be {rendered} characters");
        }
        else
        {
            Assert.Equal("allow", warn.Decision);
        }

        var strict = new InstallPolicyGate(SkillScanner.Default, onSuspicious: "block");
        var scan = SkillScanner.Default.Scan(new SkillTarget { Name = "x", Path = Fixture("benign", "security-education"), Source = new Chitin.Audit.Skills.Sources.DirectorySource(Fixture("benign", "security-education"), Chitin.Audit.Skills.Sources.ScanLimits.Default) });
        Assert.Equal(scan.Verdict == SkillVerdict.Suspicious ? "block" : "allow", strict.Decide(Request(Fixture("benign", "security-education"))).Decision);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"protocolVersion\": 2, \"sourcePath\": \"/tmp\"}")]
    [InlineData("{\"protocolVersion\": 1}")]
    [InlineData("{\"protocolVersion\": 1, \"sourcePath\": \"relative/path\"}")]
    [InlineData("{\"protocolVersion\": 1, \"sourcePath\": \"/nonexistent/chitin/skill\", \"sourcePathKind\": \"directory\"}")]
    public void Bad_requests_fail_closed(string request)
    {
        var response = Gate.Decide(request);
        Assert.Equal("block", response.Decision);
        Assert.StartsWith("chitin: ", response.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_staged_archive_file_is_scanned()
    {
        var dir = Directory.CreateTempSubdirectory("chitin-gate-").FullName;
        try
        {
            var zip = Path.Combine(dir, "skill.zip");
            System.IO.Compression.ZipFile.CreateFromDirectory(Fixture("malicious", "fake-prereq-curl-rawip"), zip);
            Assert.Equal("block", Gate.Decide(Request(zip, kind: "file", type: "plugin")).Decision);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
