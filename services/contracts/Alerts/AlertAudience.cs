namespace Watchlist.Contracts.Alerts;

/// <summary>
/// Who may see one alert, its history, its notifications and its counts: the entry's owner and the agency whose
/// screening hit the entry (API.md, Conventions, Releasability), and no one else. It is fixed when the alert is raised,
/// so narrowing the entry's releasability later does not take the alert from the screening agency, and widening it
/// shows the alert to no third agency. This type is the one rule: every read path in alerts and notifications asks
/// <see cref="Includes"/>, and queries test membership of the stored <see cref="Agencies"/> that it computed.
/// </summary>
/// <param name="Agencies">Exact agency codes; empty means nobody (an alert withheld by the migration, or a message
/// published before audiences existed).</param>
public sealed record AlertAudience(IReadOnlyList<string> Agencies)
{
    public const string Everyone = "*";

    public static readonly AlertAudience Nobody = new([]);

    /// <summary>The audience of an alert raised by <paramref name="screeningAgency"/>'s screening on an entry of
    /// <paramref name="ownerAgency"/>.</summary>
    public static AlertAudience Of(string ownerAgency, string screeningAgency) =>
        new(ownerAgency == screeningAgency ? [ownerAgency] : [ownerAgency, screeningAgency]);

    public bool Includes(string? agency) => agency is { Length: > 0 } && (Agencies ?? []).Contains(agency, StringComparer.Ordinal);

    /// <summary>
    /// Whether a screening by <paramref name="screeningAgency"/> may hit an entry, live or retro: only when the entry is owned
    /// by that agency or releasable to it. A screening without an agency hits nothing.
    /// </summary>
    public static bool MayHit(string? screeningAgency, string ownerAgency, IReadOnlyList<string> releasableTo) =>
        screeningAgency is { Length: > 0 }
        && (screeningAgency == ownerAgency || releasableTo.Contains(Everyone)
            || releasableTo.Contains(screeningAgency, StringComparer.Ordinal));
}
