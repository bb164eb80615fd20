using Chitin.Audit.Fixes;
using Chitin.Audit.Install;

namespace Chitin.Audit.Profiles;

/// <summary>
/// A hardened deployment shape. A profile contributes config settings (merged into an existing openclaw.json by
/// span edits, or written fresh) and the files its deployment needs; the built-in fixes then run with the
/// profile's <see cref="Target"/> so everything the audit checks ends up closed.
/// </summary>
public abstract class HardenProfile
{
    public abstract string Name { get; }

    public abstract string Summary { get; }

    public abstract FixTarget Target { get; }

    /// <summary>Why the options cannot be used (a usage error), or null.</summary>
    public virtual string? Validate(ProfileOptions options) => null;

    public abstract IEnumerable<FixChange> Settings(OpenClawInstall install, ProfileOptions options);

    public virtual IEnumerable<GeneratedFile> Files(OpenClawInstall install, ProfileOptions options) => [];
}
