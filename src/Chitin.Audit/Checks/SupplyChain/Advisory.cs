using Chitin.Audit.Findings;

namespace Chitin.Audit.Checks.SupplyChain;

/// <summary>One published OpenClaw advisory from <c>rules/advisories.json</c>: affected before <see cref="FixedIn"/>.</summary>
internal sealed record Advisory(string Id, IReadOnlyList<string> Aliases, OpenClawVersion FixedIn, Severity Severity, string Title, string Summary, string? Url);
