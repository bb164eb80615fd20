using Chitin.Audit.Findings;
using Chitin.Audit.Reporting;

namespace Chitin.Audit.Tests.Reporting;

public sealed class ReportTextTests
{
    [Theory]
    [InlineData(100, "A")]
    [InlineData(90, "A")]
    [InlineData(89, "B")]
    [InlineData(80, "B")]
    [InlineData(79, "C")]
    [InlineData(70, "C")]
    [InlineData(69, "D")]
    [InlineData(60, "D")]
    [InlineData(59, "F")]
    [InlineData(0, "F")]
    public void Grade_from_score(int score, string grade) => Assert.Equal(grade, ReportText.Grade(score));

    [Fact]
    public void Grade_is_capped_by_the_worst_finding()
    {
        Assert.Equal("A", ReportText.Grade([]));
        Assert.Equal("A", ReportText.Grade([Make(Severity.Medium)]));                        // 96
        Assert.Equal("C", ReportText.Grade([Make(Severity.High)]));                          // 90, capped at C
        Assert.Equal("D", ReportText.Grade([Make(Severity.Critical)]));                      // 75, capped at D
        Assert.Equal("F", ReportText.Grade([Make(Severity.Critical), Make(Severity.High), Make(Severity.High)])); // 55
        Assert.Equal("B", ReportText.Grade(Enumerable.Repeat(Make(Severity.Medium), 4)));    // 84
    }

    [Fact]
    public void Display_path_is_relative_inside_the_state_dir_only()
    {
        Assert.Equal("openclaw.json", ReportText.DisplayPath("/home/a/.openclaw/openclaw.json", "/home/a/.openclaw"));
        Assert.Equal("agents/main/x.json", ReportText.DisplayPath("/home/a/.openclaw/agents/main/x.json", "/home/a/.openclaw/"));
        Assert.Equal("/home/a/.openclaw-other/x", ReportText.DisplayPath("/home/a/.openclaw-other/x", "/home/a/.openclaw"));
        Assert.Equal("/etc/x", ReportText.DisplayPath("/etc/x", "/home/a/.openclaw"));
        Assert.Equal("container:gw", ReportText.DisplayPath("container:gw", "/home/a/.openclaw"));
    }

    [Fact]
    public void Short_evidence_and_counts()
    {
        var evidence = new Evidence { File = "/s/openclaw.json", Line = 4, Column = 13, JsonPath = "gateway.bind", Value = "\"lan\"" };
        Assert.Equal("openclaw.json:4:13 gateway.bind = \"lan\"", ReportText.ShortEvidence(evidence, "/s"));
        Assert.Equal("container:gw HostConfig.Privileged = true", ReportText.ShortEvidence(Evidence.ForContainer("gw", "HostConfig.Privileged", "true"), "/s"));
        Assert.Equal(string.Empty, ReportText.ShortEvidence(Evidence.None, "/s"));
        Assert.True(ReportText.IsEmpty(Evidence.None));
        Assert.Equal("1 critical, 2 high, 2 medium, 1 low, 1 info", ReportText.CountsLine(SampleReport.Build()));
        Assert.Equal("no findings", ReportText.CountsLine(JsonReportWriterTests.Empty()));
    }

    [Fact]
    public void Timestamps_are_utc_with_z()
    {
        Assert.Equal("2026-11-02T10:15:00Z", ReportText.Timestamp(new DateTimeOffset(2026, 11, 2, 11, 15, 0, TimeSpan.FromHours(1))));
        Assert.Equal("2026-01-05T08:00:00.25Z", ReportText.Timestamp(new DateTimeOffset(2026, 1, 5, 8, 0, 0, 250, TimeSpan.Zero)));
    }

    private static Finding Make(Severity severity) => new()
    {
        Id = "CHI-NET-999",
        Layer = Layer.Network,
        Severity = severity,
        Title = "t",
        Detail = "d",
        Evidence = Evidence.None,
        Remediation = "r",
    };
}
