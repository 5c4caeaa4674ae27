using Watchlist.Alerts.Retro;
using Watchlist.ServiceDefaults.Retention;

namespace Watchlist.Alerts.Retention;

/// <summary>
/// Crossings older than the retro-screening window (<c>Alerts:Retro:Window</c>) are forgotten: they will never be
/// re-screened, and they identify people. The window is their horizon, so there is no second setting to get wrong.
/// </summary>
public static class CrossingRetention
{
    public static IRetentionRule Of(RetroSettings settings) =>
        new DocumentRetention<Crossing>("crossings", settings.Window, cutoff => c => c.ScreenedAt < cutoff);
}
