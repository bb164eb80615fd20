using Chitin.Audit.Fixes;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Profiles;

/// <summary>Collects a profile's config settings: some enforced, some only filled in where the operator set nothing.</summary>
internal sealed class SettingsBuilder(OpenClawInstall install)
{
    private readonly List<FixChange> _changes = [];

    public IReadOnlyList<FixChange> Changes => _changes;

    public J5Node? Current(string path) => install.Config.Get(path);

    /// <summary>Always this value.</summary>
    public SettingsBuilder Set(string path, J5Node value, string reason)
    {
        _changes.Add(new ConfigSet(ConfigPath.Parse(path), value) { Reason = reason });
        return this;
    }

    /// <summary>This value unless the operator already set one.</summary>
    public SettingsBuilder Default(string path, J5Node value, string reason) =>
        install.Config.Get(path) is null or J5Null ? Set(path, value, reason) : this;

    /// <summary>This value when the current one is unset or matches <paramref name="replace"/>.</summary>
    public SettingsBuilder Replace(string path, Func<J5Node, bool> replace, J5Node value, string reason) =>
        install.Config.Get(path) is not { } cur || cur is J5Null || replace(cur) ? Set(path, value, reason) : this;

    public SettingsBuilder Remove(string path, string reason)
    {
        if (install.Config.Get(path) is not null)
        {
            _changes.Add(new ConfigRemove(ConfigPath.Parse(path)) { Reason = reason });
        }

        return this;
    }
}
