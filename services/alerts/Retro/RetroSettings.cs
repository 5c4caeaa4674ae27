namespace Watchlist.Alerts.Retro;

/// <summary>
/// Retro-screening's settings, in the <c>Alerts:Retro</c> section:
/// <list type="bullet">
/// <item><c>Window</c> (72 hours): how far back crossings are kept and re-screened;</item>
/// <item><c>MaxCrossings</c> (500,000): the most crossings one replica holds in memory; beyond it the oldest are dropped early;</item>
/// <item><c>CatchUpInterval</c> (1 s): how often a replica reads the crossings other replicas recorded;</item>
/// <item><c>MaxGroup</c> (500): the most entry changes (or crossings) re-screened in one transaction;</item>
/// <item><c>MaxCrossingGroup</c> (500): the most crossings recorded in one transaction (1: one each, as before groups);</item>
/// <item><c>Prefetch</c> (1,000): entry changes (and crossings) a queue hands one replica at once, which is what a group can hold;</item>
/// <item><c>Scan</c> (<c>Index</c>): <c>Documents</c> re-screens by loading the window from PostgreSQL, as before the index
/// existed; kept only as the benchmark's baseline.</item>
/// </list>
/// </summary>
public sealed record RetroSettings(TimeSpan Window, int MaxCrossings = 500_000, TimeSpan? CatchUp = null, int MaxGroup = 500,
    int Prefetch = 1_000, bool ScanDocuments = false, int MaxCrossingGroup = 500)
{
    public TimeSpan CatchUpInterval => CatchUp ?? TimeSpan.FromSeconds(1);

    /// <summary>
    /// A crossing is the traveller in clear, and a pseudonymised one could never be re-screened: the window (and so the
    /// crossings' horizon) never reaches past <c>Retention:PersonalDataDays</c> (decision 0039).
    /// </summary>
    public RetroSettings Within(ServiceDefaults.PersonalData.PersonalDataSettings personalData) =>
        personalData.Retention < Window ? this with { Window = personalData.Retention } : this;

    public static RetroSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Alerts:Retro");
        return new(section.GetValue("Window", TimeSpan.FromHours(72)), section.GetValue("MaxCrossings", 500_000),
            section.GetValue("CatchUpInterval", TimeSpan.FromSeconds(1)), section.GetValue("MaxGroup", 500),
            section.GetValue("Prefetch", 1_000), string.Equals(section["Scan"], "Documents", StringComparison.OrdinalIgnoreCase),
            Math.Max(1, section.GetValue("MaxCrossingGroup", 500)));
    }
}
