using System.Text.RegularExpressions;

namespace Watchlist.WatchlistService.Entries.Listing;

/// <summary>The body of <c>POST /api/entries</c>. Optional fields get their defaults in <see cref="Validate"/>.</summary>
public sealed record ListEntryRequest(
    EntryKind? Kind,
    IReadOnlyList<EntryName>? Names,
    IReadOnlyList<string>? Lists,
    Category? Category,
    EntryAction? Action,
    Severity? Severity,
    string? OwnerAgency,
    IReadOnlyList<string>? ReleasableTo,
    string? Remarks)
{
    private const int MaxNameLength = 300;
    private static readonly Regex AgencyCode = new("^[A-Z0-9][A-Z0-9-]{1,31}$", RegexOptions.Compiled);

    /// <summary>Field errors a person can act on, or the details to list.</summary>
    public (EntryDetails? Details, Dictionary<string, string[]> Errors) Validate(string? callerAgency)
    {
        var errors = new Dictionary<string, string[]>();
        if (Kind is null) errors["kind"] = ["Required: PERSON, ORGANISATION, TRAVEL_DOCUMENT or ONLINE_IDENTIFIER."];
        if (Action is null) errors["action"] = ["Required: what an officer must do on a hit, e.g. ARREST or REFUSE_ENTRY."];
        var names = Names ?? [];
        if (Kind is EntryKind.Person or EntryKind.Organisation && names.Count == 0)
            errors["names"] = ["A person or organisation needs at least one name."];
        for (var i = 0; i < names.Count; i++)
        {
            var value = names[i].Value;
            if (string.IsNullOrWhiteSpace(value)) errors[$"names[{i}].value"] = ["A name cannot be blank."];
            else if (value.Length > MaxNameLength) errors[$"names[{i}].value"] = [$"A name has at most {MaxNameLength} characters."];
        }
        var owner = OwnerAgency ?? callerAgency;
        if (owner is null || !AgencyCode.IsMatch(owner)) errors["ownerAgency"] = ["An agency code such as VN-MPS is required (from the token's agency claim or this field)."];
        var releasable = ReleasableTo ?? (owner is null ? [] : [owner]);
        foreach (var agency in releasable.Where(a => a != EntryDetails.Everyone && !AgencyCode.IsMatch(a)))
            errors["releasableTo"] = [$"'{agency}' is not an agency code; use codes such as KH-GDI, or [\"*\"] for everyone."];
        if (errors.Count > 0) return (null, errors);

        var ordered = names.Select(n => n with { Value = n.Value.Trim() }).ToList();
        if (ordered.Count > 0 && ordered.All(n => n.Type != NameType.Primary))
            ordered[0] = ordered[0] with { Type = NameType.Primary };
        return (new EntryDetails(Kind!.Value, ordered, Lists ?? [], Category ?? Entries.Category.Other, Action!.Value,
            Severity ?? EntryDetails.DefaultSeverity(Action.Value), owner!, releasable, Remarks), errors);
    }
}
