using Chitin.Audit.Fixes;
using Chitin.Audit.Install;

namespace Chitin.Audit.Profiles;

/// <summary>A profile in the fix pipeline: listed first, so its settings win where a fix would choose otherwise.</summary>
public sealed class ProfileFix(HardenProfile profile, ProfileOptions options) : IFix
{
    public string Id => "PROFILE-" + profile.Name.ToUpperInvariant();

    public string Title => profile.Summary;

    public IReadOnlyList<string> CheckIds => [];

    public IEnumerable<FixChange> Plan(OpenClawInstall install, FixContext context) =>
        profile.Settings(install, options).Concat(profile.Files(install, options));
}
