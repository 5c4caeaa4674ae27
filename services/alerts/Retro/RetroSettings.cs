namespace Watchlist.Alerts.Retro;

/// <summary>How far back crossings are kept and re-screened (<c>Alerts:Retro:Window</c>, default 72 hours).</summary>
public sealed record RetroSettings(TimeSpan Window)
{
    public static RetroSettings From(IConfiguration configuration) =>
        new(configuration.GetValue("Alerts:Retro:Window", TimeSpan.FromHours(72)));
}
