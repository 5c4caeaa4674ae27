namespace Watchlist.Alerts.Alerts.Migration;

/// <summary>What the migration decided for one alert stored before audiences existed.</summary>
public sealed record SettledAudience(string? ScreeningAgency, AlertAudience Audience, string Reason);

/// <summary>
/// Who may see an alert stored before audiences existed, decided from what its stream recorded, never widened by a guess.
/// Each hit's screening agency is known from the hit's own event for a live hit (the event records the screening's agency),
/// and from its crossing for a retro hit (while the crossing is still kept). Then:
/// <list type="bullet">
/// <item>every hit by one agency X that may hit the entry: the entry's owner and X, as for a new alert;</item>
/// <item>lawful hits by several agencies: the entry's owner alone, since each agency would see the others' crossings;</item>
/// <item>any hit whose agency is unknown, or whose agency could not see the entry: nobody. Such a hit should never have
/// raised an alert, and showing it to the owner is the leak this migration exists to close.</item>
/// </list>
/// </summary>
public static class AudienceSettlement
{
    public static SettledAudience Settle(IReadOnlyList<IAlertEvent> events, IReadOnlyDictionary<Guid, string?> crossingAgencies)
    {
        var raised = events.OfType<AlertRaised>().First();
        var owner = raised.Facts.OwnerAgency;
        var agencies = new List<string>();
        foreach (var (hit, change) in HitsOf(events))
        {
            var agency = hit.Retro ? crossingAgencies.GetValueOrDefault(hit.ScreeningId) : change.Agency;
            if (agency is not { Length: > 0 })
                return Withheld($"The agency of screening {hit.ScreeningId} is no longer known (its crossing has left the retro window).");
            if (!AlertAudience.MayHit(agency, owner, hit.ReleasableTo))
                return Withheld($"Screening {hit.ScreeningId} was by an agency the entry was not releasable to.");
            if (!agencies.Contains(agency)) agencies.Add(agency);
        }
        return agencies switch
        {
            [var only] => new(only, AlertAudience.Of(owner, only), "The entry's owner and the agency whose screenings raised the alert."),
            _ => new(null, new AlertAudience([owner]), "Screenings of several agencies hit this alert, so only the entry's owner sees it."),
        };
    }

    private static SettledAudience Withheld(string reason) => new(null, AlertAudience.Nobody, reason + " Nobody sees the alert.");

    private static IEnumerable<(HitRecord Hit, AlertChange Change)> HitsOf(IEnumerable<IAlertEvent> events)
    {
        foreach (var e in events)
            switch (e)
            {
                case AlertRaised r: yield return (r.Hit, r.Change); break;
                case HitRepeated h: yield return (h.Hit, h.Change); break;
            }
    }
}
