using Chitin.Audit.Fixes;
using Chitin.Audit.Fixes.Editing;
using Chitin.Audit.Json5;
using Chitin.Audit.Tests.Json5;
using FsCheck;
using FsCheck.Fluent;

namespace Chitin.Audit.Tests.Fixes;

/// <summary>
/// Span edits over random documents written in random JSON5 styles (comments, quotes, odd whitespace): the
/// result parses, holds the new value at the path, and reads as before everywhere else.
/// </summary>
public sealed class Json5PatchPropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    private static Arbitrary<int> Seeds => Gen.Choose(0, int.MaxValue).ToArbitrary();

    [Fact]
    public void Setting_any_path_changes_exactly_that_path()
    {
        Prop.ForAll(Json5Gens.Document.ToArbitrary(), Json5Gens.Value.ToArbitrary(), Seeds, (doc, value, seed) =>
        {
            if (doc is not J5Object)
            {
                return;
            }

            var rng = new Random(seed);
            var text = new Json5StyleWriter(rng).Write(doc);
            var parsed = Json5Reader.Parse(text, "/tmp/p.json5");
            var path = RandomPath((J5Object)parsed.Root, rng);
            var patch = new PatchNode();
            Assert.True(patch.TrySet(path, value));
            var result = Apply(parsed, patch, text);
            var after = Json5Reader.Parse(result, "/tmp/p.json5");
            Assert.True(ConfigValue.Same(DocumentLocator.At(after.Root, path), value), $"{path} not set in {Show(result)}");
            Assert.True(EditVerifier.SameExcept(parsed.Root, after.Root, ConfigPath.Root, [path]), $"other values changed: {Show(text)} -> {Show(result)}");
        }).Check(Runs);
    }

    [Fact]
    public void Removing_any_member_removes_only_that_member()
    {
        Prop.ForAll(Json5Gens.Document.ToArbitrary(), Seeds, (doc, seed) =>
        {
            if (doc is not J5Object)
            {
                return;
            }

            var rng = new Random(seed);
            var text = new Json5StyleWriter(rng).Write(doc);
            var parsed = Json5Reader.Parse(text, "/tmp/p.json5");
            var members = Members((J5Object)parsed.Root, ConfigPath.Root).ToList();
            if (members.Count == 0)
            {
                return;
            }

            var path = members[rng.Next(members.Count)];
            var patch = new PatchNode();
            Assert.True(patch.TryRemove(path));
            var result = Apply(parsed, patch, text);
            var after = Json5Reader.Parse(result, "/tmp/p.json5");
            Assert.Null(DocumentLocator.At(after.Root, path));
            Assert.True(EditVerifier.SameExcept(parsed.Root, after.Root, ConfigPath.Root, [path]), $"other values changed: {Show(text)} -> {Show(result)}");
        }).Check(Runs);
    }

    private static string Apply(Json5Document parsed, PatchNode patch, string text)
    {
        var plan = Json5Patch.Plan((J5Object)parsed.Root, patch);
        Assert.Empty(plan.Errors);
        if (plan.Documents.Count == 0)
        {
            return text;
        }

        var (result, error) = EditVerifier.Apply(Assert.Single(plan.Documents));
        Assert.True(error is null, $"{error} in {Show(text)}");
        return result!;
    }

    /// <summary>A path through existing objects, then one to three keys that may or may not exist.</summary>
    private static ConfigPath RandomPath(J5Object root, Random rng)
    {
        var path = ConfigPath.Root;
        J5Node? cur = root;
        while (cur is J5Object o && o.Count > 0 && rng.Next(3) > 0)
        {
            var keys = o.Keys.ToList();
            var key = keys[rng.Next(keys.Count)];
            path = path.Append(key);
            cur = o[key];
            if (cur is not J5Object)
            {
                return path;
            }
        }

        for (var i = rng.Next(1, 4); i > 0; i--)
        {
            path = path.Append("chitin_new_" + rng.Next(5).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return path;
    }

    private static IEnumerable<ConfigPath> Members(J5Object o, ConfigPath at)
    {
        foreach (var p in o.Members)
        {
            yield return at.Append(p.Key);
            if (p.Value is J5Object child)
            {
                foreach (var deeper in Members(child, at.Append(p.Key)))
                {
                    yield return deeper;
                }
            }
        }
    }

    private static string Show(string s) => System.Text.Json.JsonSerializer.Serialize(s.Length > 600 ? s[..600] : s);
}
