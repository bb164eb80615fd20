using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Identity;

internal sealed class LogRedactionDisabledCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-021",
        Title = "Log redaction emptied or switched off",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Medium,
        Description = "OpenClaw masks tokens and keys in logs and transcripts using logging.redactPatterns. An explicitly empty list (or the retired logging.redactSensitive: \"off\" of older releases) signals that masking was removed, so secrets that pass through tool output can be written to logs in clear.",
        Remediation = "Remove the empty logging.redactPatterns (the built-in patterns then apply) or list patterns for your tokens, hostnames and internal URLs; drop logging.redactSensitive.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Config.Get("logging.redactPatterns") is J5Array arr && !arr.Items.OfType<J5String>().Any(s => s.Value.Trim().Length > 0))
        {
            yield return Info.Find("logging.redactPatterns is set to an empty list.", Evidence.At(arr, "[]"));
        }

        if (install.Config.Get("logging.redactSensitive") is J5String { Value: "off" } off)
        {
            yield return Info.Find("logging.redactSensitive is \"off\" (a retired key; releases that still read it log tool output unmasked).", Evidence.At(off, "off"));
        }
    }
}
