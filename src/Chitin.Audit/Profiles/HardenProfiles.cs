namespace Chitin.Audit.Profiles;

/// <summary>The one list of harden profiles.</summary>
public static class HardenProfiles
{
    public static IReadOnlyList<HardenProfile> All { get; } =
    [
        new LaptopProfile(),
        new DockerProfile(),
        new VpsProfile(),
        new HostedProfile(),
    ];

    public static HardenProfile? Find(string name) => All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}
