using System.Globalization;

namespace Watchlist.Tests.Fuzz.Running;

/// <summary>
/// What one worker's cases aim at: its own entry, alert, subscription and screening, which no other worker touches,
/// so that after a rejected change the worker can tell whether anything was half-written. Versions are as last read.
/// </summary>
public sealed class WorkerTargets(Guid entry, Guid alert, Guid subscription, Guid screening)
{
    public Guid Entry { get; } = entry;
    public Guid Alert { get; } = alert;
    public Guid Subscription { get; } = subscription;
    public Guid Screening { get; } = screening;
    public Version EntryState { get; set; } = new(0, 0);
    public Version AlertState { get; set; } = new(0, 0);
}

/// <summary>A stream's version and how many changes its history lists: both stay put when a change is refused.</summary>
public sealed record Version(int Current, int HistoryLength)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"version {Current}, {HistoryLength} changes in its history");
}

/// <summary>Everything the cases point at: the workers' own targets, and an entry of another agency released to no one else.</summary>
public sealed record Targets(Guid Foreign, IReadOnlyList<WorkerTargets> Workers)
{
    public string Resolve(string text, WorkerTargets own, bool alertVersion) => text
        .Replace("{entry}", own.Entry.ToString(), StringComparison.Ordinal)
        .Replace("{alert}", own.Alert.ToString(), StringComparison.Ordinal)
        .Replace("{subscription}", own.Subscription.ToString(), StringComparison.Ordinal)
        .Replace("{screening}", own.Screening.ToString(), StringComparison.Ordinal)
        .Replace("{foreign}", Foreign.ToString(), StringComparison.Ordinal)
        .Replace("{version}", (alertVersion ? own.AlertState : own.EntryState).Current.ToString(CultureInfo.InvariantCulture),
            StringComparison.Ordinal);
}
