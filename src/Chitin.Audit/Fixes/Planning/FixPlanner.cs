using Chitin.Audit.Fixes.Editing;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes.Planning;

/// <summary>
/// Collects the changes of every fix, resolves overlaps (the first fix to claim a path wins; later different
/// wishes become notes), turns config changes into verified span edits, and .env and generated files into
/// their new text. Reading the current .env and generated files is the only I/O; nothing is written here.
/// </summary>
public static class FixPlanner
{
    public static FixPlan Plan(OpenClawInstall install, IReadOnlyList<IFix> fixes, FixContext context, Func<string, string?>? readText = null)
    {
        readText ??= ReadIfFile;
        var notes = new List<string>();
        var errors = new List<string>();
        var changes = new List<PlannedChange>();
        var wanted = new List<(IFix Fix, FixChange Change)>();
        foreach (var fix in fixes)
        {
            try
            {
                wanted.AddRange(fix.Plan(install, context).Select(c => (fix, c)));
            }
            catch (Exception e)
            {
                errors.Add($"{fix.Id} could not plan: {e.GetType().Name}: {e.Message}");
            }
        }

        var files = new List<FilePlan>();
        PlanConfig(install, wanted, files, changes, notes, errors);
        PlanDotEnv(install, wanted, files, changes, notes, errors, readText);
        var chmods = PlanChmods(wanted, changes);
        PlanGenerated(install, wanted, files, changes, readText);
        foreach (var (fix, change) in wanted)
        {
            if (change is not (ConfigSet or ConfigRemove or EnvFileSet or FileChmod or GeneratedFile))
            {
                errors.Add($"{fix.Id}: unknown change type {change.GetType().Name}");
            }
        }

        return new FixPlan
        {
            StateDir = install.StateDir,
            ConfigPath = install.ConfigPath,
            Files = files,
            Chmods = chmods,
            Changes = changes,
            Notes = notes,
            Errors = errors,
        };
    }

    private static void PlanConfig(OpenClawInstall install, List<(IFix Fix, FixChange Change)> wanted, List<FilePlan> files, List<PlannedChange> changes, List<string> notes, List<string> errors)
    {
        var patch = new PatchNode();
        foreach (var (fix, change) in wanted)
        {
            var (path, accepted) = change switch
            {
                ConfigSet s => (s.Path, patch.TrySet(s.Path, s.Value)),
                ConfigRemove r => (r.Path, patch.TryRemove(r.Path)),
                _ => (null, true),
            };
            if (path is null)
            {
                continue;
            }

            if (!accepted)
            {
                notes.Add($"{fix.Id}: left {path} alone; an earlier change already covers it");
                continue;
            }

            var existing = Lookup(install.Config.Root, path);
            var what = change is ConfigSet set
                ? ConfigValue.Same(existing, set.Value) ? null : $"{path}: {Show(existing)} -> {Show(set.Value)}"
                : existing is null ? null : $"{path}: remove {Show(existing)}";
            if (what is not null && changes.All(x => x.What != what))
            {
                changes.Add(new PlannedChange(fix.Id, what, change.Reason));
            }
        }

        if (patch.IsEmpty)
        {
            return;
        }

        if (!install.ConfigExists)
        {
            var text = Json5Patch.NewFile(patch);
            try
            {
                _ = Json5Reader.Parse(text, install.ConfigPath);
                files.Add(new FilePlan { Path = install.ConfigPath, Kind = FileKindOfPlan.Config, NewText = text });
            }
            catch (Json5Exception e)
            {
                errors.Add($"{install.ConfigPath}: the new config would not parse: {e.Reason}");
            }

            return;
        }

        if (install.ConfigFiles.Count == 0)
        {
            errors.Add($"{install.ConfigPath} could not be read as JSON5; fix its syntax first, then run --fix again");
            return;
        }

        var plan = Json5Patch.Plan(install.Config.Root, patch);
        errors.AddRange(plan.Errors);
        foreach (var doc in plan.Documents)
        {
            var facts = install.File(doc.Document.Path);
            if (facts.Kind != FileKind.File)
            {
                errors.Add($"{doc.Document.Path} is {(facts.Kind == FileKind.Symlink ? "a symlink" : "not a regular file")}; refusing to edit it (edit the file it points to yourself)");
                continue;
            }

            var (text, error) = EditVerifier.Apply(doc);
            if (error is not null)
            {
                errors.Add(error);
            }
            else if (text != doc.Document.Text)
            {
                files.Add(new FilePlan { Path = doc.Document.Path, Kind = FileKindOfPlan.Config, OldText = doc.Document.Text, NewText = text! });
            }
        }
    }

    private static void PlanDotEnv(OpenClawInstall install, List<(IFix Fix, FixChange Change)> wanted, List<FilePlan> files, List<PlannedChange> changes, List<string> notes, List<string> errors, Func<string, string?> readText)
    {
        var sets = new List<(string Key, string Value)>();
        foreach (var (fix, change) in wanted)
        {
            if (change is not EnvFileSet env)
            {
                continue;
            }

            if (sets.Any(s => s.Key == env.Key))
            {
                notes.Add($"{fix.Id}: left {env.Key} alone; an earlier change already sets it");
                continue;
            }

            if (install.DotEnv.LastOrDefault(e => e.Key == env.Key)?.Value == env.Value)
            {
                continue;
            }

            sets.Add((env.Key, env.Value));
            var existed = install.DotEnv.Any(e => e.Key == env.Key);
            changes.Add(new PlannedChange(fix.Id, $".env: {(existed ? "replace" : "set")} {env.Key}=<redacted>", env.Reason));
            if (install.Environment.ContainsKey(env.Key))
            {
                notes.Add($"{env.Key} is also set in this shell's environment; OpenClaw prefers an already-set variable over .env, so make the service environment match or unset it");
            }
        }

        if (sets.Count == 0)
        {
            return;
        }

        var path = Path.Combine(install.StateDir, ".env");
        var facts = install.File(path);
        if (facts.Exists && facts.Kind != FileKind.File)
        {
            errors.Add($"{path} is {(facts.Kind == FileKind.Symlink ? "a symlink" : "not a regular file")}; refusing to write secrets through it");
            return;
        }

        var old = facts.Exists ? readText(path) : null;
        if (facts.Exists && old is null)
        {
            errors.Add($"{path} could not be read; refusing to rewrite it");
            return;
        }

        var (text, error) = DotEnvEdit.Set(old, sets, path);
        if (error is not null)
        {
            errors.Add(error);
            return;
        }

        files.Add(new FilePlan { Path = path, Kind = FileKindOfPlan.DotEnv, OldText = old, NewText = text! });
    }

    private static List<FileChmod> PlanChmods(List<(IFix Fix, FixChange Change)> wanted, List<PlannedChange> changes)
    {
        var list = new List<FileChmod>();
        foreach (var (fix, change) in wanted)
        {
            if (change is FileChmod c && c.NewMode != c.OldMode && list.All(x => x.Path != c.Path))
            {
                list.Add(c);
                changes.Add(new PlannedChange(fix.Id, $"chmod {FileChmod.Octal(c.NewMode)} {c.Path} (was {FileChmod.Octal(c.OldMode)})", c.Reason));
            }
        }

        return list;
    }

    private static void PlanGenerated(OpenClawInstall install, List<(IFix Fix, FixChange Change)> wanted, List<FilePlan> files, List<PlannedChange> changes, Func<string, string?> readText)
    {
        _ = install;
        foreach (var (fix, change) in wanted)
        {
            if (change is not GeneratedFile g || files.Any(f => f.Path == g.Path))
            {
                continue;
            }

            var old = readText(g.Path);
            if (old == g.Content)
            {
                continue;
            }

            files.Add(new FilePlan { Path = g.Path, Kind = FileKindOfPlan.Generated, OldText = old, NewText = g.Content, NewFileMode = g.Mode });
            changes.Add(new PlannedChange(fix.Id, $"{(old is null ? "write" : "update")} {g.Path}", g.Reason));
        }
    }

    /// <summary>The merged-config node at a path, or null.</summary>
    public static J5Node? Lookup(J5Node root, ConfigPath path) => DocumentLocator.At(root, path);

    private static string Show(J5Node? node)
    {
        if (node is null)
        {
            return "(unset)";
        }

        if (node is J5String s && Checks.Posture.SecretHeuristics.IsLiteral(s.Value) && IsSecretLike(s))
        {
            return "\"" + Diff.DiffRedaction.Marker + "\"";
        }

        var text = Json5Render.Value(node, Json5Style.Json, "", inline: true);
        return text.Length > 120 ? text[..117] + "..." : text;
    }

    private static bool IsSecretLike(J5String s) =>
        Checks.Posture.SecretHeuristics.IsSecretName(s.Key ?? s.Parent?.Key ?? "") || Checks.Posture.SecretHeuristics.LooksLikeSecretValue(s.Value);

    private static string? ReadIfFile(string path)
    {
        try
        {
            var facts = Install.FileSystem.FileProbe.Probe(path);
            return facts.Kind == FileKind.File ? new System.Text.UTF8Encoding(false).GetString(File.ReadAllBytes(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
