using Chitin.Audit.Fixes;
using Chitin.Audit.Fixes.Editing;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;
using static Chitin.Audit.Fixes.ConfigValue;

namespace Chitin.Audit.Tests.Fixes;

public sealed class Json5PatchTests
{
    private static string Edit(string text, Action<PatchNode> build)
    {
        var doc = Json5Reader.Parse(text, "/tmp/x/openclaw.json");
        var patch = new PatchNode();
        build(patch);
        var plan = Json5Patch.Plan((J5Object)doc.Root, patch);
        Assert.Empty(plan.Errors);
        if (plan.Documents.Count == 0)
        {
            return text;
        }

        var (result, error) = EditVerifier.Apply(Assert.Single(plan.Documents));
        Assert.Null(error);
        return result!;
    }

    private static void Set(PatchNode p, string path, J5Node value) => Assert.True(p.TrySet(ConfigPath.Parse(path), value));

    [Fact]
    public void Replacing_a_value_keeps_every_other_byte()
    {
        const string text = """
            // my gateway, do not touch this comment
            {
              /* block comment */ gateway: {
                bind: "lan",   // listens everywhere
                port: 18789,
              },
              channels: { telegram: { dmPolicy: 'open' } }, // trailing
            }
            """;
        var result = Edit(text, p => Set(p, "gateway.bind", Str("loopback")));
        Assert.Equal(text.Replace("\"lan\"", "\"loopback\"", StringComparison.Ordinal), result);
    }

    [Fact]
    public void Inserting_into_an_existing_object_matches_sibling_indentation_and_key_style()
    {
        const string text = "{\n    \"gateway\": {\n        \"mode\": \"local\"\n    }\n}\n";
        var result = Edit(text, p => Set(p, "gateway.bind", Str("loopback")));
        Assert.Equal("{\n    \"gateway\": {\n        \"mode\": \"local\",\n        \"bind\": \"loopback\"\n    }\n}\n", result);
    }

    [Fact]
    public void Inserting_creates_intermediate_objects_in_json5_style_with_trailing_commas()
    {
        const string text = "{\n  gateway: {\n    mode: 'local', // keep\n  },\n}\n";
        var result = Edit(text, p =>
        {
            Set(p, "gateway.auth.mode", Str("token"));
            Set(p, "gateway.auth.token", EnvSecretRef("OPENCLAW_GATEWAY_TOKEN"));
        });
        Assert.Equal(
            "{\n  gateway: {\n    mode: 'local', // keep\n    auth: {\n      mode: 'token',\n      token: {\n        source: 'env',\n        provider: 'default',\n        id: 'OPENCLAW_GATEWAY_TOKEN',\n      },\n    },\n  },\n}\n",
            result);
    }

    [Fact]
    public void Inserting_into_a_one_line_object_stays_on_the_line()
    {
        const string text = "{ gateway: { auth: { mode: \"none\" } } }";
        var result = Edit(text, p => Set(p, "gateway.auth.token", Str("x")));
        Assert.Equal("{ gateway: { auth: { mode: \"none\", token: \"x\" } } }", result);
    }

    [Fact]
    public void Inserting_into_an_empty_object_and_an_empty_file_object()
    {
        Assert.Equal("{\n  \"tools\": {\n    \"fs\": {\n      \"workspaceOnly\": true\n    }\n  }\n}", Edit("{}", p => Set(p, "tools.fs.workspaceOnly", Bool(true))));
        Assert.Equal("{\n  \"a\": {\n    \"b\": 1\n  }\n}\n", Edit("{\n  \"a\": {}\n}\n", p => Set(p, "a.b", Num(1))));
    }

    [Fact]
    public void Inserting_after_a_last_member_without_comma_adds_the_comma_before_its_comment()
    {
        const string text = "{\n  \"a\": 1 // one\n}\n";
        var result = Edit(text, p => Set(p, "b", Num(2)));
        Assert.Equal("{\n  \"a\": 1, // one\n  \"b\": 2\n}\n", result);
    }

    [Fact]
    public void Removing_members_takes_their_line_and_comma()
    {
        const string text = "{\n  \"a\": 1,\n  \"b\": 2, // gone\n  \"c\": 3\n}\n";
        Assert.Equal("{\n  \"a\": 1,\n  \"c\": 3\n}\n", Edit(text, p => Assert.True(p.TryRemove(ConfigPath.Parse("b")))));
        Assert.Equal("{\n  \"a\": 1,\n  \"b\": 2 // gone\n}\n", Edit(text, p => Assert.True(p.TryRemove(ConfigPath.Parse("c")))));
        Assert.Equal("{ a: 1 }", Edit("{ a: 1, b: 2 }", p => Assert.True(p.TryRemove(ConfigPath.Parse("b")))));
        Assert.Equal("{ b: 2 }", Edit("{ a: 1, b: 2 }", p => Assert.True(p.TryRemove(ConfigPath.Parse("a")))));
    }

    [Fact]
    public void Removing_the_last_member_drops_the_previous_comma_in_json_files()
    {
        const string text = "{\n  \"a\": 1,\n  \"c\": 3\n}\n";
        Assert.Equal("{\n  \"a\": 1\n}\n", Edit(text, p => Assert.True(p.TryRemove(ConfigPath.Parse("c")))));
    }

    [Fact]
    public void Duplicate_keys_edit_the_member_that_wins()
    {
        const string text = "{ \"a\": 1, \"a\": 2 }";
        Assert.Equal("{ \"a\": 1, \"a\": 3 }", Edit(text, p => Set(p, "a", Num(3))));
    }

    [Fact]
    public void Setting_a_value_it_already_has_changes_nothing()
    {
        const string text = "{ gateway: { auth: { token: { id: 'X', source: 'env', provider: 'default' } } } }";
        Assert.Equal(text, Edit(text, p => Set(p, "gateway.auth.token", EnvSecretRef("X"))));
    }

    [Fact]
    public void A_scalar_standing_where_an_object_is_needed_is_replaced_by_the_object()
    {
        var result = Edit("{\n  \"sandbox\": \"off\"\n}\n", p => Set(p, "sandbox.mode", Str("non-main")));
        Assert.Equal("{\n  \"sandbox\": {\n    \"mode\": \"non-main\"\n  }\n}\n", result);
    }

    [Fact]
    public void Keys_and_strings_that_need_quoting_are_quoted()
    {
        var result = Edit("{ a: 1 }", p => Assert.True(p.TrySet(ConfigPath.Root.Append("-100123").Append("x\"y"), Str("line\nbreak"))));
        Assert.Equal("{ a: 1, \"-100123\": { \"x\\\"y\": \"line\\nbreak\" } }", result);
        Assert.Equal("line\nbreak", ((J5String)((J5Object)ConfigView.Get(Json5Reader.Parse(result).Root, "-100123")!)["x\"y"]!).Value);
    }

    [Fact]
    public void Array_items_are_reached_by_index()
    {
        var result = Edit("{ agents: { list: [ { id: 'a' }, { id: 'b', tools: {} } ] } }", p =>
            Assert.True(p.TrySet(ConfigPath.Parse("agents.list").Append(1).Then("tools.elevated"), Bool(false))));
        Assert.Contains("{ id: 'b', tools: {\n", result, StringComparison.Ordinal);
        var doc = Json5Reader.Parse(result);
        Assert.False(((J5Bool)DocumentLocator.At(doc.Root, ConfigPath.Parse("agents.list").Append(1).Then("tools.elevated"))!).Value);
    }

    [Fact]
    public void Conflicting_wishes_for_one_path_are_refused_by_the_patch_tree()
    {
        var p = new PatchNode();
        Assert.True(p.TrySet(ConfigPath.Parse("a.b"), Num(1)));
        Assert.True(p.TrySet(ConfigPath.Parse("a.b"), Num(1)));
        Assert.False(p.TrySet(ConfigPath.Parse("a.b"), Num(2)));
        Assert.False(p.TryRemove(ConfigPath.Parse("a")));
        Assert.False(p.TrySet(ConfigPath.Parse("a.b.c"), Num(3)));
        Assert.True(p.TryRemove(ConfigPath.Parse("x")));
        Assert.False(p.TrySet(ConfigPath.Parse("x.y"), Num(1)));
    }

    [Fact]
    public void The_verifier_refuses_text_that_does_not_parse()
    {
        var doc = Json5Reader.Parse("{ \"a\": 1 }", "/tmp/x.json");
        var edits = new DocumentEdits(doc);
        edits.Add(2, 5, "\"a");
        var (text, error) = EditVerifier.Apply(edits);
        Assert.Null(text);
        Assert.Contains("would not parse", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_verifier_refuses_an_edit_that_touches_more_than_it_should()
    {
        var doc = Json5Reader.Parse("{ \"a\": 1, \"b\": 2 }", "/tmp/x.json");
        var edits = new DocumentEdits(doc);
        edits.Add(7, 8, "5");
        edits.Add(15, 16, "7");
        edits.Expectations.Add((ConfigPath.Parse("a"), Num(5)));
        var (text, error) = EditVerifier.Apply(edits);
        Assert.Null(text);
        Assert.Contains("not meant to touch", error, StringComparison.Ordinal);
    }
}
