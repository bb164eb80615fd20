using System.Diagnostics;
using System.Text;

namespace Chitin.Cells.Firewall;

/// <summary>
/// Applies <see cref="FirewallPlan"/> to the host with <c>iptables-restore --noflush</c> (one transaction for
/// both chains) and makes sure each chain is jumped to exactly once, first, from its parent. Apply and remove
/// are idempotent. Only Chitin's own chains and jumps are ever changed.
/// </summary>
public sealed class HostFirewall
{
    private readonly FirewallChains chains;
    private readonly string iptables;
    private readonly string iptablesRestore;
    private readonly TimeSpan timeout;

    public HostFirewall(FirewallChains? chains = null, string iptables = "iptables", string iptablesRestore = "iptables-restore", TimeSpan? timeout = null)
    {
        this.chains = chains ?? FirewallChains.Default;
        this.chains.Validate();
        this.iptables = iptables;
        this.iptablesRestore = iptablesRestore;
        this.timeout = timeout ?? TimeSpan.FromSeconds(20);
    }

    /// <summary>Replaces Chitin's rules with the ones for <paramref name="cells"/> and ensures the jumps.</summary>
    public async Task ApplyAsync(IReadOnlyList<CellNetwork> cells, CancellationToken ct = default)
    {
        var script = FirewallPlan.RestoreScript(cells, chains);
        var restore = await RunAsync(iptablesRestore, ["--noflush", "--wait"], script, ct).ConfigureAwait(false);
        if (restore.Exit != 0)
        {
            throw new FirewallException("iptables-restore refused Chitin's rules: " + FirstLine(restore.Error));
        }

        foreach (var (parent, chain) in chains.Jumps)
        {
            await EnsureFirstJumpAsync(parent, chain, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Removes the jumps and both chains; a host without them is left as it is.</summary>
    public async Task RemoveAsync(CancellationToken ct = default)
    {
        foreach (var (parent, chain) in chains.Jumps)
        {
            // Delete every copy of the jump (a crash between insert and check could have left two).
            for (var i = 0; i < 16; i++)
            {
                var del = await RunAsync(iptables, ["--wait", "-D", parent, "-j", chain], null, ct).ConfigureAwait(false);
                if (del.Exit != 0)
                {
                    break;
                }
            }

            if (await ChainExistsAsync(chain, ct).ConfigureAwait(false))
            {
                await MustAsync(["--wait", "-F", chain], ct).ConfigureAwait(false);
                await MustAsync(["--wait", "-X", chain], ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The current rules of Chitin's chains as <c>iptables -S</c> prints them (empty when absent).</summary>
    public async Task<IReadOnlyList<string>> ShowAsync(CancellationToken ct = default)
    {
        var lines = new List<string>();
        foreach (var (parent, chain) in chains.Jumps)
        {
            var parentRules = await RunAsync(iptables, ["--wait", "-S", parent], null, ct).ConfigureAwait(false);
            lines.AddRange(parentRules.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.EndsWith("-j " + chain, StringComparison.Ordinal)));
            var own = await RunAsync(iptables, ["--wait", "-S", chain], null, ct).ConfigureAwait(false);
            if (own.Exit == 0)
            {
                lines.AddRange(own.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return lines;
    }

    private async Task EnsureFirstJumpAsync(string parent, string chain, CancellationToken ct)
    {
        var rules = await RunAsync(iptables, ["--wait", "-S", parent], null, ct).ConfigureAwait(false);
        if (rules.Exit != 0)
        {
            throw new FirewallException($"chain {parent} is missing: {FirstLine(rules.Error)} (is the Docker engine running? it creates DOCKER-USER)");
        }

        var appended = rules.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("-A ", StringComparison.Ordinal)).ToList();
        var jump = $"-A {parent} -j {chain}";
        var count = appended.Count(l => l == jump);
        if (count == 1 && appended[0] == jump)
        {
            return;
        }

        for (var i = 0; i < count; i++)
        {
            await MustAsync(["--wait", "-D", parent, "-j", chain], ct).ConfigureAwait(false);
        }

        await MustAsync(["--wait", "-I", parent, "1", "-j", chain], ct).ConfigureAwait(false);
    }

    private async Task<bool> ChainExistsAsync(string chain, CancellationToken ct) =>
        (await RunAsync(iptables, ["--wait", "-S", chain], null, ct).ConfigureAwait(false)).Exit == 0;

    private async Task MustAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        var r = await RunAsync(iptables, args, null, ct).ConfigureAwait(false);
        if (r.Exit != 0)
        {
            throw new FirewallException($"iptables {string.Join(' ', args)} failed: {FirstLine(r.Error)}");
        }
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(string file, IReadOnlyList<string> args, string? stdin, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardInput = stdin is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new FirewallException($"could not start {file}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new FirewallException($"{file} is not available ({e.Message}); install iptables (Debian: apt-get install iptables) and run as root", e);
        }

        using (process)
        {
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timer.CancelAfter(timeout);
            var output = process.StandardOutput.ReadToEndAsync(timer.Token);
            var error = process.StandardError.ReadToEndAsync(timer.Token);
            if (stdin is not null)
            {
                await process.StandardInput.WriteAsync(new StringBuilder(stdin), timer.Token).ConfigureAwait(false);
                process.StandardInput.Close();
            }

            try
            {
                await process.WaitForExitAsync(timer.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                throw new FirewallException($"{file} {string.Join(' ', args)} did not finish within {timeout.TotalSeconds:0} s");
            }

            return (process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
        }
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim();
        return string.IsNullOrEmpty(line) ? "(no message)" : line;
    }
}
