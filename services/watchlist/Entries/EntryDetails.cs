namespace Watchlist.WatchlistService.Entries;

/// <summary>
/// Everything an admin (or an import) states about an entry; status and version belong to the stream.
/// Birth dates are partial dates (<c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>); countries are alpha-2.
/// </summary>
public sealed record EntryDetails(
    EntryKind Kind,
    IReadOnlyList<EntryName> Names,
    IReadOnlyList<string> BirthDates,
    Gender? Gender,
    IReadOnlyList<string> Nationalities,
    IReadOnlyList<TravelDocument> Documents,
    IReadOnlyList<OnlineIdentifier> Identifiers,
    IReadOnlyList<string> Lists,
    Category Category,
    EntryAction Action,
    Severity Severity,
    string OwnerAgency,
    IReadOnlyList<string> ReleasableTo,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    DateOnly? ReviewBy,
    EntrySource Source,
    string? Remarks)
{
    public const string Everyone = "*";

    public string PrimaryName => Names.FirstOrDefault(n => n.Type == NameType.Primary)?.Value ?? Names.FirstOrDefault()?.Value ?? "";

    /// <summary>The owner always sees its own entry; others only when it is released to them.</summary>
    public bool IsReleasableTo(string? agency) =>
        ReleasableTo.Contains(Everyone) || (agency is not null && (agency == OwnerAgency || ReleasableTo.Contains(agency)));

    /// <summary>The default severity follows what the officer must do.</summary>
    public static Severity DefaultSeverity(EntryAction action) => action switch
    {
        EntryAction.Arrest => Severity.Critical,
        EntryAction.RefuseEntry or EntryAction.SeizeDocument or EntryAction.Protect => Severity.High,
        EntryAction.SpecificCheck or EntryAction.DiscreetCheck => Severity.Medium,
        _ => Severity.Low,
    };
}
