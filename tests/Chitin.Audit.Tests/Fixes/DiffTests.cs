using Chitin.Audit.Fixes.Diff;
using FsCheck;
using FsCheck.Fluent;

namespace Chitin.Audit.Tests.Fixes;

public sealed class DiffTests
{
    [Fact]
    public void A_changed_line_is_shown_with_three_lines_of_context()
    {
        var a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        var b = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        Assert.Equal(
            "--- a/x.json\n+++ b/x.json\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n",
            UnifiedDiff.Render("x.json", a, b));
    }

    [Fact]
    public void A_new_file_diffs_against_dev_null()
    {
        Assert.Equal("--- /dev/null\n+++ b/n\n@@ -0,0 +1,2 @@\n+a\n+b\n", UnifiedDiff.Render("n", null, "a\nb\n"));
    }

    [Fact]
    public void The_edit_script_rebuilds_both_sides()
    {
        var lines = Gen.Elements("a", "b", "c", "{", "}", "").ListOf().Select(l => l.ToArray());
        Prop.ForAll(lines.ToArbitrary(), lines.ToArbitrary(), (a, b) =>
        {
            var script = LineDiff.Compute(a, b);
            Assert.Equal(a, script.Where(l => l.Op != '+').Select(l => l.Text).ToArray());
            Assert.Equal(b, script.Where(l => l.Op != '-').Select(l => l.Text).ToArray());
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Secrets_are_redacted_on_both_sides_and_in_context_lines()
    {
        const string text = "{\n  gateway: { auth: { token: \"abcdefghijklmnopqrstuvwxyz012345\" } },\n  channels: { telegram: { botToken: '123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', dmPolicy: 'open' } },\n  hooks: { token: \"${OPENCLAW_HOOKS_TOKEN}\" },\n}\n";
        var shown = DiffRedaction.Config(text, "/x/openclaw.json");
        Assert.DoesNotContain("abcdefghij", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("AAAAAAAA", shown, StringComparison.Ordinal);
        Assert.Contains("token: \"<redacted>\"", shown, StringComparison.Ordinal);
        Assert.Contains("botToken: '<redacted>'", shown, StringComparison.Ordinal);
        Assert.Contains("\"${OPENCLAW_HOOKS_TOKEN}\"", shown, StringComparison.Ordinal);
        Assert.Contains("dmPolicy: 'open'", shown, StringComparison.Ordinal);
        Assert.Equal("# c\nA=<redacted>\nexport B=<redacted>\n", DiffRedaction.DotEnv("# c\nA=secret\nexport B=\"x y\"\n"));
    }
}
