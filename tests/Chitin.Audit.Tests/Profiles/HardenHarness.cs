using Chitin.Audit.Fixes;
using Chitin.Audit.Fixes.Apply;
using Chitin.Audit.Fixes.Planning;
using Chitin.Audit.Profiles;
using Chitin.Audit.Tests.Fixes;

namespace Chitin.Audit.Tests.Profiles;

/// <summary>Runs a profile the way <c>chitin harden</c> does: the profile first, then every built-in fix with the profile's target.</summary>
internal static class HardenHarness
{
    public static ProfileOptions Options(string stateDir, string profile) => new()
    {
        OutputDir = Path.Combine(stateDir, "chitin-harden"),
        Origin = profile == "hosted" ? "https://tenant.example.com" : null,
        AllowUsers = profile == "hosted" ? ["alice@example.com"] : [],
    };

    public static FixPlan Plan(string stateDir, string profile)
    {
        var p = HardenProfiles.Find(profile)!;
        var options = Options(stateDir, profile);
        Assert.Null(p.Validate(options));
        var fixes = new List<IFix> { new ProfileFix(p, options) };
        fixes.AddRange(BuiltInFixes.All);
        return FixPlanner.Plan(FixHarness.Load(stateDir), fixes, new FixContext { Secrets = new TestSecrets(), Target = p.Target });
    }

    public static FixPlan Harden(string stateDir, string profile)
    {
        var plan = Plan(stateDir, profile);
        Assert.True(plan.Errors.Count == 0, "plan errors: " + string.Join("; ", plan.Errors));
        var result = FixApplier.Apply(plan, new FixHarness.FixedTime(), new ApplyOptions { ExtraRoots = [Options(stateDir, profile).OutputDir] });
        Assert.True(result.Ok, "apply errors: " + string.Join("; ", result.Errors));
        return plan;
    }
}
