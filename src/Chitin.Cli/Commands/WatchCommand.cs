using System.CommandLine;
using System.Globalization;
using System.Text;
using Chitin.Audit.Findings;
using Chitin.Audit.Integrity;
using Chitin.Audit.Integrity.Watch;

namespace Chitin.Cli.Commands;

/// <summary>
/// <c>chitin watch</c>: a daemon that reports every change to the baseline's files as it happens (inotify,
/// debounced, plus a periodic full verify), as JSON lines on stdout or in a file, optionally to a signed webhook
/// and syslog, and always to a hash-chained event log. SIGTERM or Ctrl+C stops it cleanly.
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var common = new BaselineCommand.Common();
        var eventsFile = new Option<string?>("--events-file") { Description = "Append events (JSON lines) to FILE instead of stdout" };
        var eventLog = new Option<string?>("--event-log") { Description = "Hash-chained event log (default: ~/.local/share/chitin/events/<hash of the state dir>.jsonl); check it with 'chitin log verify'" };
        var webhook = new Option<string?>("--webhook") { Description = "POST each event to this URL (HMAC-signed: X-Chitin-Signature, X-Chitin-Timestamp)" };
        var webhookSecret = new Option<string?>("--webhook-secret-file") { Description = "File holding the webhook signing secret (required with --webhook)" };
        var syslog = new Option<bool>("--syslog") { Description = "Also send events to syslog (/dev/log, RFC 5424, facility authpriv)" };
        var syslogSocket = new Option<string>("--syslog-socket") { Description = "Syslog socket", DefaultValueFactory = _ => "/dev/log", Hidden = true };
        var interval = new Option<int>("--interval") { Description = "Seconds between full verifies (every file re-hashed); 0 = never", DefaultValueFactory = _ => 3600 };
        var debounce = new Option<int>("--debounce") { Description = "Milliseconds of quiet after a file event before verifying", DefaultValueFactory = _ => 300 };
        var cmd = new Command("watch", "Watch the baseline's files and report each change at once (JSON lines, webhook, syslog, hash-chained event log).")
        {
            eventsFile, eventLog, webhook, webhookSecret, syslog, syslogSocket, interval, debounce,
        };
        common.AddTo(cmd);
        cmd.SetAction(async (parse, ct) =>
        {
            void Diag(string m) => Console.Error.WriteLine("chitin watch: " + m);
            if (parse.GetValue(interval) < 0 || parse.GetValue(debounce) < 0)
            {
                throw new UsageException("--interval and --debounce must not be negative");
            }

            Uri? hook = null;
            if (parse.GetValue(webhook) is { } url)
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out hook) || hook.Scheme is not ("https" or "http"))
                {
                    throw new UsageException($"--webhook '{url}' is not an http(s) URL");
                }

                if (parse.GetValue(webhookSecret) is null)
                {
                    throw new UsageException("--webhook needs --webhook-secret-file (the receiver checks the HMAC signature with it)");
                }
            }

            var sinks = new List<IWatchSink>();
            try
            {
                var (targets, settings) = common.Resolve(parse);
                var key = BaselineKey.Load(settings.KeyFile);
                _ = IntegrityVerifier.Verify(targets, settings, full: false, ct); // fail fast on a missing, edited or foreign baseline

                sinks.Add(parse.GetValue(eventsFile) is { } ef
                    ? new JsonLinesSink(new FileStream(ef, new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.Read, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite }), ownsStream: true)
                    : new JsonLinesSink(Console.OpenStandardOutput(), ownsStream: true));
                var log = EventLog.Open(parse.GetValue(eventLog) ?? IntegrityPaths.EventLogFile(IntegrityPaths.DefaultEventLogDir(common.Env, ProcessEnvironment.Home), targets.StateDir), key, TimeProvider.System, Diag);
                sinks.Add(log);
                if (hook is not null)
                {
                    var secret = Encoding.UTF8.GetBytes(File.ReadAllText(parse.GetValue(webhookSecret)!).Trim());
                    if (secret.Length < 16)
                    {
                        throw new UsageException("the webhook secret must be at least 16 characters");
                    }

                    sinks.Add(new WebhookSink(hook, secret, TimeProvider.System, Diag));
                }

                if (parse.GetValue(syslog))
                {
                    sinks.Add(new SyslogSink(parse.GetValue(syslogSocket)!, Environment.MachineName, Environment.ProcessId, Diag));
                }

                var options = new WatchOptions
                {
                    Debounce = TimeSpan.FromMilliseconds(parse.GetValue(debounce)),
                    FullInterval = TimeSpan.FromSeconds(parse.GetValue(interval)),
                };
                using var watcher = new IntegrityWatcher(() => common.Targets(parse), settings, options, sinks, Diag);
                if (log.SetAside is { } why)
                {
                    watcher.Announce(WatchEvent.LogBroken, Severity.Critical, why);
                }

                Diag(string.Create(CultureInfo.InvariantCulture, $"watching {targets.StateDir} (baseline {settings.BaselineFile}, event log {log.Path}); stop with Ctrl+C or SIGTERM"));
                await watcher.RunAsync(ct).ConfigureAwait(false);
                return ExitCodes.Clean;
            }
            catch (IntegrityException e)
            {
                await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
                return ExitCodes.CouldNotScan;
            }
            catch (FormatException e)
            {
                await Console.Error.WriteLineAsync("error: policy: " + e.Message).ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            finally
            {
                foreach (var s in sinks)
                {
                    await s.DisposeAsync().ConfigureAwait(false);
                }
            }
        });
        return cmd;
    }
}
