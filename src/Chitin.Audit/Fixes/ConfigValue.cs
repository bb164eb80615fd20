using System.Globalization;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes;

/// <summary>Builds config values (detached <see cref="J5Node"/> trees) for fixes and profiles to write.</summary>
public static class ConfigValue
{
    public static J5String Str(string value) => new(value);

    public static J5Bool Bool(bool value) => new(value);

    public static J5Number Num(long value) => new(value, value.ToString(CultureInfo.InvariantCulture));

    public static J5Number Num(double value) => new(value, value.ToString("R", CultureInfo.InvariantCulture));

    public static J5Array Array(params J5Node[] items) => new(items);

    public static J5Array Strings(IEnumerable<string> items) => new(items.Select(i => (J5Node)new J5String(i)));

    public static J5Object Obj(params (string Key, J5Node Value)[] members) =>
        new(members.Select(m => new J5Property(m.Key, default, m.Value)));

    /// <summary>An env SecretRef, the shape OpenClaw resolves from the process environment or <c>&lt;state&gt;/.env</c>.</summary>
    public static J5Object EnvSecretRef(string variable) =>
        Obj(("source", Str("env")), ("provider", Str("default")), ("id", Str(variable)));

    /// <summary><c>"${NAME}"</c>: env substitution for paths that cannot hold a SecretRef (e.g. <c>hooks.token</c>).</summary>
    public static J5String EnvReference(string variable) => Str("${" + variable + "}");

    /// <summary>A copy of any node (parsed or built) detached from its tree and source text.</summary>
    public static J5Node Copy(J5Node node) => node switch
    {
        J5Object o => new J5Object(o.Members.Select(p => new J5Property(p.Key, default, Copy(p.Value)))),
        J5Array a => new J5Array(a.Items.Select(Copy)),
        J5String s => new J5String(s.Value),
        J5Number n => new J5Number(n.Value, n.Raw),
        J5Bool b => new J5Bool(b.Value),
        _ => new J5Null(),
    };

    /// <summary>Structural equality: same types and values; object member order and formatting do not matter.</summary>
    public static bool Same(J5Node? a, J5Node? b)
    {
        switch (a, b)
        {
            case (null, null):
                return true;
            case (J5Object x, J5Object y):
                return x.Count == y.Count && x.Members.All(m => y[m.Key] is { } other && Same(m.Value, other));
            case (J5Array x, J5Array y):
                if (x.Count != y.Count)
                {
                    return false;
                }

                for (var i = 0; i < x.Count; i++)
                {
                    if (!Same(x[i], y[i]))
                    {
                        return false;
                    }
                }

                return true;
            case (J5String x, J5String y):
                return string.Equals(x.Value, y.Value, StringComparison.Ordinal);
            case (J5Number x, J5Number y):
                return x.Value.Equals(y.Value);
            case (J5Bool x, J5Bool y):
                return x.Value == y.Value;
            case (J5Null, J5Null):
                return true;
            default:
                return false;
        }
    }
}
