using Chitin.Audit.Fixes;
using Chitin.Audit.Fixes.Apply;
using Chitin.Audit.Fixes.Planning;
using Chitin.Audit.Install;

namespace Chitin.Audit.Tests.Fixes;

/// <summary>Loads a state dir the way the CLI does (no /proc/net, no Docker), plans and applies fixes.</summary>
internal static class FixHarness
{
    public static OpenClawInstall Load(string stateDir, IReadOnlyDictionary<string, string>? env = null) =>
        InstallLoader.LoadAsync(new InstallOptions
        {
            StateDir = stateDir,
            Environment = env ?? new Dictionary<string, string> { ["HOME"] = Path.GetDirectoryName(stateDir)! },
            FallbackHome = Path.GetDirectoryName(stateDir)!,
            ProcNet = null,
            DockerSocket = null,
            OpenClawPackageCandidates = [CurrentOpenClawPackage.Value],
        }).GetAwaiter().GetResult();

    /// <summary>
    /// A package.json saying the installed OpenClaw is 2026.9.6 (the release the cases were audited with), so a
    /// config last written by an old release does not stand in for the installed version.
    /// </summary>
    private static readonly Lazy<string> CurrentOpenClawPackage = new(() =>
    {
        var dir = Directory.CreateTempSubdirectory("chitin-openclaw-pkg-").FullName;
        var path = Path.Combine(dir, "package.json");
        File.WriteAllText(path, "{ \"name\": \"openclaw\", \"version\": \"2026.9.6\" }");
        return path;
    });

    public static FixPlan Plan(string stateDir, TestSecrets? secrets = null, IReadOnlyList<IFix>? fixes = null, FixTarget? target = null) =>
        FixPlanner.Plan(Load(stateDir), fixes ?? BuiltInFixes.All, new FixContext { Secrets = secrets ?? new TestSecrets(), Target = target ?? FixTarget.Default });

    /// <summary>Plans and applies; asserts the plan and the run had no errors.</summary>
    public static (FixPlan Plan, ApplyResult Result) Fix(string stateDir, TestSecrets? secrets = null, IReadOnlyList<IFix>? fixes = null, FixTarget? target = null, ApplyOptions? options = null)
    {
        var plan = Plan(stateDir, secrets, fixes, target);
        Assert.True(plan.Errors.Count == 0, "plan errors: " + string.Join("; ", plan.Errors));
        var result = FixApplier.Apply(plan, new FixedTime(), options);
        Assert.True(result.Ok, "apply errors: " + string.Join("; ", result.Errors));
        return (plan, result);
    }

    /// <summary>A fixed clock: 2026-11-22T03:06:00Z.</summary>
    public sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 22, 3, 6, 0, TimeSpan.Zero);
    }
}
