using System.CommandLine;
using Chitin.Cli;
using Chitin.Cli.Commands;

var root = new RootCommand("Chitin: defense in depth for OpenClaw deployments.");
foreach (var command in CommandList.All)
{
    root.Subcommands.Add(command);
}

return await CliRunner.RunAsync(root, args).ConfigureAwait(false);
