using System.Runtime.CompilerServices;
using Chitin.Audit.Install.FileSystem;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Install;

/// <summary>
/// Resolves OpenClaw's <c>$include</c> directives the way OpenClaw does (openclaw.md §A.3, <c>config/includes.ts</c>):
/// in any object, <c>$include</c> is a path or an array of paths relative to the including file's directory;
/// an array deep-merges in order (objects merge key by key, arrays concatenate, anything else: the later wins);
/// sibling keys are deep-merged over the included content; at most 10 levels; each file at most
/// <see cref="Json5Options.MaxBytes"/>; paths must stay inside the top-level config's directory or one of the extra
/// include roots (OPENCLAW_INCLUDE_ROOTS, passed in), also after resolving symlinks. Where OpenClaw would refuse the
/// whole config, this records a problem and drops only the offending include, so the rest can still be audited.
/// <c>${VAR}</c> substitution is deliberately not done: Chitin audits the literal text.
/// </summary>
public sealed class ConfigIncludes
{
    public const string IncludeKey = "$include";

    /// <summary>Include files may nest this deep (a chain of 10 include files is accepted, an 11th is not).</summary>
    public const int MaxIncludeDepth = 10;

    /// <summary><see cref="LoadNote.Part"/> of every problem.</summary>
    public const string NotePart = "config";

    private readonly string[] _roots;
    private readonly string[] _realRoots;
    private readonly Json5Options _options;
    private readonly List<string> _included = [];
    private readonly HashSet<string> _includedSet = new(StringComparer.Ordinal);
    private readonly List<Json5Document> _documents = [];
    private readonly List<LoadNote> _problems = [];

    private ConfigIncludes(string configPath, IReadOnlyList<string>? extraRoots, Json5Options options)
    {
        _options = options;
        var roots = new List<string> { Path.GetDirectoryName(configPath) ?? Path.GetPathRoot(configPath)! };
        foreach (var r in extraRoots ?? [])
        {
            if (!string.IsNullOrWhiteSpace(r) && Path.IsPathRooted(r))
            {
                roots.Add(Path.GetFullPath(r));
            }
        }

        _roots = [.. roots.Select(ConfinedPaths.TrimSeparator)];
        _realRoots = [.. _roots.Select(r => ConfinedPaths.SafeRealPath(r) ?? r)];
    }

    /// <summary>Reads the config file and resolves its includes. A config that cannot be read yields an empty object and a problem.</summary>
    public static ConfigIncludeResult Load(string configPath, IReadOnlyList<string>? extraRoots = null, Json5Options? options = null)
    {
        var full = Path.GetFullPath(configPath);
        try
        {
            return Resolve(Json5Reader.ParseFile(full, options), extraRoots, options);
        }
        catch (Json5Exception e)
        {
            return new ConfigIncludeResult(new J5Object([]), [], [], [new LoadNote(NotePart, e.Reason, e.File, e.Line, e.Column, Error: true)]);
        }
    }

    /// <summary>Resolves the includes of an already parsed config file (its <see cref="Json5Document.Path"/> must be the file's path).</summary>
    public static ConfigIncludeResult Resolve(Json5Document config, IReadOnlyList<string>? extraRoots = null, Json5Options? options = null)
    {
        var path = Path.GetFullPath(config.Path);
        if (config.Root is not J5Object root)
        {
            var note = new LoadNote(NotePart, "the config must be an object at the top level", config.Path, config.Root.Line, config.Root.Column, Error: true);
            return new ConfigIncludeResult(new J5Object([]), [], [config], [note]);
        }

        if (!ContainsInclude(root))
        {
            return new ConfigIncludeResult(root, [], [config], []);
        }

        var resolver = new ConfigIncludes(path, extraRoots, options ?? Json5Options.Default);
        resolver._documents.Add(config);
        J5Node merged;
        try
        {
            merged = resolver.Process(root, new Scope(path, [ConfinedPaths.SafeRealPath(path) ?? path], 0));
        }
        catch (InsufficientExecutionStackException)
        {
            resolver.Problem(root, path, "the merged config is nested too deeply to resolve its includes");
            merged = root;
        }

        if (merged is not J5Object obj)
        {
            resolver.Problem(root, path, "the top-level $include must produce an object, not " + Describe(merged));
            obj = J5Object.Adopt([], root.Span, root.Document);
        }

        return new ConfigIncludeResult(obj, resolver._included, resolver._documents, resolver._problems);
    }

    /// <summary>OpenClaw's deepMerge: objects merge key by key, arrays concatenate, otherwise the source wins.</summary>
    /// <remarks>Both inputs are fresh nodes owned by the caller; their children are moved, not copied.</remarks>
    internal static J5Node Merge(J5Node target, J5Node source)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (target is J5Array ta && source is J5Array sa)
        {
            return J5Array.Adopt([.. ta.Items, .. sa.Items], sa.Span, sa.Document);
        }

        if (target is not J5Object to || source is not J5Object so)
        {
            return source;
        }

        var props = new List<J5Property>(to.Count + so.Count);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in to.Members)
        {
            index[p.Key] = props.Count;
            props.Add(p);
        }

        foreach (var p in so.Members)
        {
            // OpenClaw's deepMerge skips prototype-polluting keys of the overriding side.
            if (p.Key is "__proto__" or "prototype" or "constructor")
            {
                continue;
            }

            if (index.TryGetValue(p.Key, out var i))
            {
                props[i] = new J5Property(p.Key, p.KeySpan, Merge(props[i].Value, p.Value));
            }
            else
            {
                index[p.Key] = props.Count;
                props.Add(p);
            }
        }

        return J5Object.Adopt(props, so.Span, so.Document);
    }

    /// <summary>A copy of <paramref name="node"/> with every <c>$include</c> below it resolved.</summary>
    private J5Node Process(J5Node node, Scope scope)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case J5Array a:
                return J5Array.Adopt([.. a.Items.Select(i => Process(i, scope))], a.Span, a.Document);
            case J5Object o when o.Property(IncludeKey) is { } directive:
                {
                    var included = ResolveDirective(directive.Value, scope);
                    var siblings = o.Properties
                        .Where(p => !string.Equals(p.Key, IncludeKey, StringComparison.Ordinal))
                        .Select(p => new J5Property(p.Key, p.KeySpan, Process(p.Value, scope)))
                        .ToList();
                    if (siblings.Count == 0)
                    {
                        return included ?? J5Object.Adopt([], o.Span, o.Document);
                    }

                    var rest = J5Object.Adopt(siblings, o.Span, o.Document);
                    if (included is null)
                    {
                        return rest;
                    }

                    if (included is not J5Object)
                    {
                        Problem(directive.Value, scope.File, $"keys next to $include need the included content to be an object, not {Describe(included)}; the include was ignored");
                        return rest;
                    }

                    return Merge(included, rest);
                }

            case J5Object o:
                return J5Object.Adopt([.. o.Properties.Select(p => new J5Property(p.Key, p.KeySpan, Process(p.Value, scope)))], o.Span, o.Document);
            default:
                return node.DeepClone();
        }
    }

    private J5Node? ResolveDirective(J5Node value, Scope scope)
    {
        if (value is J5String single)
        {
            return LoadFile(single, scope);
        }

        if (value is not J5Array list)
        {
            Problem(value, scope.File, $"$include must be a path or an array of paths, not {Describe(value)}");
            return null;
        }

        J5Node merged = J5Object.Adopt([], list.Span, list.Document);
        foreach (var item in list.Items)
        {
            if (item is not J5String path)
            {
                Problem(item, scope.File, $"$include array items must be paths (strings), not {Describe(item)}");
                continue;
            }

            if (LoadFile(path, scope) is { } loaded)
            {
                merged = Merge(merged, loaded);
            }
        }

        return merged;
    }

    private J5Node? LoadFile(J5String directive, Scope scope)
    {
        var written = directive.Value;
        if (string.IsNullOrWhiteSpace(written))
        {
            Problem(directive, scope.File, "$include path is empty");
            return null;
        }

        if (scope.Depth >= MaxIncludeDepth)
        {
            Problem(directive, scope.File, $"$include '{written}' nests deeper than {MaxIncludeDepth} levels; not read");
            return null;
        }

        string full;
        try
        {
            full = Path.GetFullPath(Path.IsPathRooted(written) ? written : Path.Combine(Path.GetDirectoryName(scope.File) ?? "/", written));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            Problem(directive, scope.File, $"$include '{written}' is not a valid path: {e.Message}");
            return null;
        }

        if (!ConfinedPaths.IsInsideAny(full, _roots))
        {
            Problem(directive, scope.File, $"$include '{written}' resolves to {full}, outside the config directory {_roots[0]}{ExtraRootsText()}; not read");
            return null;
        }

        string? real;
        try
        {
            real = ConfinedPaths.RealPath(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Problem(directive, scope.File, $"$include '{written}' cannot be resolved: {e.Message}");
            return null;
        }

        if (real is not null && !ConfinedPaths.IsInsideAny(real, _realRoots))
        {
            Problem(directive, scope.File, $"$include '{written}' leads through a symlink to {real}, outside the config directory{ExtraRootsText()}; not followed");
            return null;
        }

        if (_includedSet.Add(full))
        {
            _included.Add(full);
        }

        if (real is null)
        {
            Problem(directive, scope.File, $"$include file not found: {full}");
            return null;
        }

        if (scope.Chain.Contains(real, StringComparer.Ordinal))
        {
            Problem(directive, scope.File, $"circular $include: {string.Join(" -> ", scope.Chain)} -> {real}");
            return null;
        }

        if (!IsRegularFile(real))
        {
            Problem(directive, scope.File, $"$include '{written}' is not a regular file: {full}");
            return null;
        }

        Json5Document doc;
        try
        {
            doc = Json5Reader.ParseFile(real, full, _options);
        }
        catch (Json5Exception e)
        {
            _problems.Add(new LoadNote(NotePart, $"included file is not valid JSON5: {e.Reason}", e.File, e.Line, e.Column, Error: true));
            return null;
        }

        _documents.Add(doc);
        return Process(doc.Root, new Scope(full, [.. scope.Chain, real], scope.Depth + 1));
    }

    private void Problem(J5Node at, string file, string message) =>
        _problems.Add(new LoadNote(NotePart, message, at.FilePath ?? file, at.Line, at.Column, Error: true));

    private string ExtraRootsText() =>
        _roots.Length > 1 ? " and the include roots " + string.Join(", ", _roots.Skip(1)) : string.Empty;

    private static bool ContainsInclude(J5Node root)
    {
        var stack = new Stack<J5Node>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case J5Object o:
                    foreach (var p in o.Properties)
                    {
                        if (string.Equals(p.Key, IncludeKey, StringComparison.Ordinal))
                        {
                            return true;
                        }

                        stack.Push(p.Value);
                    }

                    break;
                case J5Array a:
                    foreach (var i in a.Items)
                    {
                        stack.Push(i);
                    }

                    break;
            }
        }

        return false;
    }

    /// <summary>A device or FIFO would block or never end; only regular files are read.</summary>
    private static bool IsRegularFile(string realPath)
    {
        try
        {
            return UnixFileSystem.Stat(realPath) is { IsRegular: true };
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string Describe(J5Node node) => node switch
    {
        J5Object => "an object",
        J5Array => "an array",
        J5String => "a string",
        J5Number => "a number",
        J5Bool => "a boolean",
        _ => "null",
    };

    /// <summary>Where resolution stands: the file being read, the real paths of the include chain so far, and its depth.</summary>
    private sealed record Scope(string File, string[] Chain, int Depth);
}
