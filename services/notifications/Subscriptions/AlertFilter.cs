namespace Watchlist.Notifications.Subscriptions;

/// <summary>
/// Which alerts a subscription wants. An empty list means "any", as API.md says, so a filter
/// with nothing in it receives every alert the subscriber's agency may see.
/// </summary>
public sealed record AlertFilter(
    IReadOnlyList<string> BorderPosts,
    string? MinSeverity,
    IReadOnlyList<string> Lists,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> Statuses,
    IReadOnlyList<string>? Units = null)
{
    public static readonly AlertFilter Any = new([], null, [], [], [], [], []);

    /// <summary>
    /// Border posts match border alerts and units content alerts: a centre that names only border posts gets no content alert,
    /// one that names only units no border alert, one that names both gets both kinds, and one that names neither gets all.
    /// </summary>
    public bool Matches(AlertNotice alert) =>
        MatchesPlace(alert)
        && (MinSeverity is null || Vocabulary.SeverityRank(alert.Severity) >= Vocabulary.SeverityRank(MinSeverity))
        && (Lists.Count == 0 || alert.Lists.Any(l => Lists.Contains(l, StringComparer.OrdinalIgnoreCase)))
        && AnyOrContains(Categories, alert.Category)
        && AnyOrContains(Actions, alert.Action)
        && AnyOrContains(Statuses, alert.Status);

    private bool MatchesPlace(AlertNotice alert)
    {
        var units = Units ?? []; // null in subscriptions stored before units existed
        if (BorderPosts.Count == 0 && units.Count == 0) return true;
        return alert.Unit is { } unit ? units.Contains(unit, StringComparer.OrdinalIgnoreCase)
            : alert.BorderPost is { } post && BorderPosts.Contains(post, StringComparer.OrdinalIgnoreCase);
    }

    private static bool AnyOrContains(IReadOnlyList<string> wanted, string value) =>
        wanted.Count == 0 || wanted.Contains(value, StringComparer.OrdinalIgnoreCase);
}
