namespace Watchlist.Alerts.Alerts.Raising;

/// <summary>
/// How hits are applied, in the <c>Alerts:Hits</c> section: <c>MaxGroup</c> (256), the most hits in one transaction (1: one
/// each, as before groups), and <c>Prefetch</c> (256), the hits a replica holds at once, which is what a group can take.
/// </summary>
public sealed record HitSettings(int MaxGroup = 256, int Prefetch = 256)
{
    public static HitSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Alerts:Hits");
        return new(Math.Max(1, section.GetValue("MaxGroup", 256)), Math.Max(1, section.GetValue("Prefetch", 256)));
    }
}
