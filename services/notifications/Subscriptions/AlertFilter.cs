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
    IReadOnlyList<string> Statuses)
{
    public static readonly AlertFilter Any = new([], null, [], [], [], []);

    public bool Matches(AlertNotice alert) =>
        AnyOrContains(BorderPosts, alert.BorderPost)
        && (MinSeverity is null || Vocabulary.SeverityRank(alert.Severity) >= Vocabulary.SeverityRank(MinSeverity))
        && (Lists.Count == 0 || alert.Lists.Any(l => Lists.Contains(l, StringComparer.OrdinalIgnoreCase)))
        && AnyOrContains(Categories, alert.Category)
        && AnyOrContains(Actions, alert.Action)
        && AnyOrContains(Statuses, alert.Status);

    private static bool AnyOrContains(IReadOnlyList<string> wanted, string value) =>
        wanted.Count == 0 || wanted.Contains(value, StringComparer.OrdinalIgnoreCase);
}
