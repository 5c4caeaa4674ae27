using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using OpenTelemetry;

namespace Watchlist.ServiceDefaults.Telemetry;

/// <summary>
/// Traces follow the logs' rule (decision 0055, <c>WithheldException</c>): an exception is exported with its type and its stack
/// frames, never its message. MassTransit, Marten, ASP.NET Core and <c>Activity.AddException</c> record an exception as a span
/// event with <c>exception.message</c> and <c>exception.stacktrace</c> (the exception's ToString, messages of inner exceptions
/// included), and MassTransit puts the message into the span's status description; a Marten or Npgsql message can hold a whole
/// event (a traveller's name and passport). Runs before the exporters, as the span ends; on a runtime where the events cannot
/// be rewritten, a span with an exception is not exported at all (decision 0072).
/// </summary>
public sealed partial class WithheldExceptionSpans : BaseProcessor<Activity>
{
    public const string Withheld = "(withheld)";
    private static readonly string[] SpanTags = ["exception.message", "error.message", "otel.status_description"];

    // An ended span's events cannot be changed through Activity's API (their tags are read-only), so the list is replaced.
    private static readonly FieldInfo? EventsField = typeof(Activity).GetField("_events", BindingFlags.NonPublic | BindingFlags.Instance);

    public override void OnEnd(Activity data)
    {
        string? type = null;
        var events = data.Events.ToList();
        if (events.Any(IsException))
        {
            if (EventsField is null)
            {
                data.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded; // cannot be rewritten on this runtime: not exported
                return;
            }
            EventsField.SetValue(data, null);
            foreach (var e in events)
            {
                if (IsException(e)) type ??= e.Tags.FirstOrDefault(t => t.Key == "exception.type").Value?.ToString();
                data.AddEvent(IsException(e) ? new ActivityEvent(e.Name, e.Timestamp, Rewritten(e)) : e);
            }
        }
        foreach (var tag in SpanTags)
            if (data.GetTagItem(tag) is not null) data.SetTag(tag, Withheld);
        if (data.Status == ActivityStatusCode.Error && !string.IsNullOrEmpty(data.StatusDescription))
            data.SetStatus(ActivityStatusCode.Error, type ?? Withheld);
    }

    private static bool IsException(ActivityEvent e) => e.Tags.Any(t => t.Key.StartsWith("exception.", StringComparison.Ordinal));

    private static ActivityTagsCollection Rewritten(ActivityEvent e)
    {
        var tags = new ActivityTagsCollection();
        foreach (var (key, value) in e.Tags)
            tags[key] = key switch
            {
                "exception.message" => Withheld,
                "exception.stacktrace" => value is string text ? Frames(text) : Withheld,
                _ => value,
            };
        return tags;
    }

    /// <summary>The stack frames of an exception's ToString, without the lines that carry its (and its causes') messages.</summary>
    public static string Frames(string exceptionText) =>
        string.Join('\n', exceptionText.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => Frame().IsMatch(l)));

    [GeneratedRegex(@"^\s+(at \S+\(.*\)( in \S+:line \d+)?|--- End of .* ---)$")]
    private static partial Regex Frame();
}
