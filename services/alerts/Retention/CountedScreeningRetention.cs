using Watchlist.Alerts.Alerts;
using Watchlist.Alerts.Retro;
using Watchlist.ServiceDefaults.Retention;

namespace Watchlist.Alerts.Retention;

/// <summary>
/// A <see cref="CountedScreening"/> answers "already counted?" for two askers, and is kept as long as either may ask
/// (decision 0102). Retro-screening asks of a crossing only while the crossing is in the window (<c>Alerts:Retro:Window</c>),
/// and a crossing is screened before it is counted. A late copy of the hit is dropped by its handled-message record up to
/// <c>Retention:HandledMessages</c>, and past that horizon takes effect again like any consumer's (README, "Retention").
/// Past the longer of the two nobody asks, and the records would otherwise grow with every hit for as long as alerts exist.
/// </summary>
public static class CountedScreeningRetention
{
    public const string Name = "screenings counted";

    public static IRetentionRule Of(RetroSettings retro, RetentionSettings retention) =>
        new DocumentRetention<CountedScreening>(Name, Horizon(retro, retention), cutoff => c => c.CountedAt < cutoff);

    public static TimeSpan Horizon(RetroSettings retro, RetentionSettings retention) =>
        retro.Window > retention.HandledMessages ? retro.Window : retention.HandledMessages;
}
