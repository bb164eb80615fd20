using System.CommandLine;
using Chitin.Audit.Checks;
using Chitin.Cli.Output;

namespace Chitin.Cli.Commands;

/// <summary><c>chitin checks</c>: the check catalog.</summary>
internal static class ChecksCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var cmd = new Command("checks", "List every audit check: ID, layer, severity, OpenClaw checkIds.") { format };
        cmd.SetAction(parse =>
        {
            var infos = BuiltInChecks.All.Select(c => c.Info).ToList();
            if (parse.GetValue(format) == "json")
            {
                ReportOutput.Write(null, s => CatalogJson.Write(infos, s));
            }
            else
            {
                ReportOutput.Write(null, s => TableReport.WriteCatalog(infos, s, colors: !Console.IsOutputRedirected));
            }

            return ExitCodes.Clean;
        });
        return cmd;
    }
}
