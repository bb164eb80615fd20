using Chitin.Audit.Json5;

namespace Chitin.Audit.Rules;

/// <summary>
/// The key tree of OpenClaw's config schema (rules/openclaw-config-keys.json, generated from
/// <c>openclaw config schema --json</c> by tools/openclaw-schema-keys.py). Used to report unknown and
/// retired keys by line instead of refusing the config as OpenClaw does.
/// </summary>
public sealed class ConfigSchemaKeys
{
    private static readonly Lazy<ConfigSchemaKeys> Builtin = new(() =>
    {
        var root = (J5Object)Json5Reader.Parse(EmbeddedRules.Read("openclaw-config-keys.json"), "rules/openclaw-config-keys.json", new Json5Options { MaxDepth = 512 }).Root;
        return new ConfigSchemaKeys((root["openclawVersion"] as J5String)?.Value ?? "unknown", root["root"]);
    });

    private readonly J5Node? _root;

    private ConfigSchemaKeys(string version, J5Node? root)
    {
        Version = version;
        _root = root;
    }

    public static ConfigSchemaKeys Instance => Builtin.Value;

    /// <summary>OpenClaw version the key tree was generated from.</summary>
    public string Version { get; }

    /// <summary>Every member of <paramref name="config"/> the schema does not know, with its path.</summary>
    public IEnumerable<(J5Property Property, string Path)> Unknown(J5Object config) => Walk(config, _root, "");

    private static IEnumerable<(J5Property, string)> Walk(J5Node value, J5Node? schema, string path)
    {
        if (schema is not J5Object s)
        {
            yield break; // free-form or leaf: nothing to check below
        }

        if (value is J5Object o)
        {
            var props = s["p"] as J5Object;
            var extra = s["a"];
            foreach (var m in o.Members)
            {
                var childPath = path.Length == 0 ? m.Key : path + "." + m.Key;
                if (m.Key == "$include")
                {
                    continue;
                }

                var known = props?[m.Key];
                if (known is not null)
                {
                    foreach (var u in Walk(m.Value, known, childPath))
                    {
                        yield return u;
                    }
                }
                else if (extra is J5Bool { Value: true })
                {
                    // any key allowed, value free-form
                }
                else if (extra is not null)
                {
                    foreach (var u in Walk(m.Value, extra, childPath))
                    {
                        yield return u;
                    }
                }
                else
                {
                    yield return (m, childPath);
                }
            }
        }
        else if (value is J5Array a && s["i"] is { } items)
        {
            for (var i = 0; i < a.Count; i++)
            {
                foreach (var u in Walk(a[i], items, $"{path}[{i}]"))
                {
                    yield return u;
                }
            }
        }
    }
}
