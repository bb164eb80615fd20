using Chitin.Audit.Json5;

namespace Chitin.Audit.Install;

/// <summary>
/// Read access to the merged OpenClaw config by dot path (<c>gateway.auth.token</c>). Missing keys and
/// values of the wrong type read as null, so checks stay total on any input, schema-valid or not.
/// </summary>
public sealed class ConfigView
{
    public ConfigView(J5Object root) => Root = root;

    public static ConfigView Empty { get; } = new(new J5Object([]));

    public J5Object Root { get; }

    public J5Node? Get(string dotPath) => Get(Root, dotPath);

    public static J5Node? Get(J5Node? from, string dotPath)
    {
        var cur = from;
        if (dotPath.Length == 0)
        {
            return cur;
        }

        foreach (var part in dotPath.Split('.'))
        {
            cur = cur is J5Object o ? o[part] : null;
            if (cur is null)
            {
                return null;
            }
        }

        return cur;
    }

    public J5Object? GetObject(string dotPath) => Get(dotPath) as J5Object;

    public J5Array? GetArray(string dotPath) => Get(dotPath) as J5Array;

    public string? GetString(string dotPath) => (Get(dotPath) as J5String)?.Value;

    public bool? GetBool(string dotPath) => (Get(dotPath) as J5Bool)?.Value;

    public double? GetNumber(string dotPath) => (Get(dotPath) as J5Number)?.Value;

    /// <summary>String items of an array (non-strings skipped; numbers rendered invariantly).</summary>
    public IReadOnlyList<string> GetStrings(string dotPath) => GetStrings(Get(dotPath));

    public static IReadOnlyList<string> GetStrings(J5Node? node) => node is J5Array a
        ? [.. a.Items.Select(i => i switch
        {
            J5String s => s.Value,
            J5Number n => n.Raw,
            _ => null,
        }).OfType<string>()]
        : [];

    /// <summary>Members of an object at a path (empty when absent or not an object).</summary>
    public IEnumerable<J5Property> Members(string dotPath) => GetObject(dotPath)?.Members ?? [];
}
