using Watchlist.Contracts.Entries;
using Watchlist.Matching;

namespace Watchlist.Alerts.Impact;

/// <summary>
/// The body of <c>POST /api/entries/impact</c>: an entry as an admin would list it. Only what matching reads (and who may hit it)
/// matters here; the other fields of a full entry body are accepted and ignored, so the listing form can send what it has.
/// </summary>
public sealed record ProposedEntry(
    string? Kind = null,
    IReadOnlyList<ProposedName>? Names = null,
    IReadOnlyList<string>? BirthDates = null,
    string? Gender = null,
    IReadOnlyList<string>? Nationalities = null,
    IReadOnlyList<ProposedDocument>? Documents = null,
    IReadOnlyList<ProposedIdentifier>? Identifiers = null,
    IReadOnlyList<string>? ReleasableTo = null)
{
    private static readonly string[] Kinds = ["PERSON", "ORGANISATION", "TRAVEL_DOCUMENT", "ONLINE_IDENTIFIER"];
    private const int MaxItems = 200;

    public Dictionary<string, string[]> Problems()
    {
        var errors = new Dictionary<string, string[]>();
        if (Kind is not null && !Kinds.Contains(Kind)) errors["kind"] = [$"One of {string.Join(", ", Kinds)}."];
        if ((Names?.Count ?? 0) + (Documents?.Count ?? 0) + (Identifiers?.Count ?? 0) == 0)
            errors["names"] = ["Give at least one of names, documents, identifiers: the impact is what they would match."];
        if (Names is not null && Names.Any(n => n is null || string.IsNullOrWhiteSpace(n.Value) || n.Value.Length > 300))
            errors["names"] = ["Each name has a value of 1 to 300 characters."];
        if (Documents is not null && Documents.Any(d => d is null || string.IsNullOrWhiteSpace(d.Number) || d.Number.Length > 40))
            errors["documents"] = ["Each document has a number of 1 to 40 characters."];
        if (Identifiers is not null && Identifiers.Any(i =>
                i is null || string.IsNullOrWhiteSpace(i.Type) || string.IsNullOrWhiteSpace(i.Value) || i.Value.Length > 300))
            errors["identifiers"] = ["Each identifier has a type and a value of 1 to 300 characters."];
        var lists = new[] { ("birthDates", BirthDates), ("nationalities", Nationalities), ("releasableTo", ReleasableTo) };
        foreach (var (field, list) in lists)
            if (list is not null && (list.Count > MaxItems || list.Any(v => v is null || v.Length > 40)))
                errors[field] = [$"At most {MaxItems} values of at most 40 characters, none null."];
        if (new[] { Names?.Count, Documents?.Count, Identifiers?.Count }.Any(c => c > MaxItems))
            errors["entry"] = [$"At most {MaxItems} names, documents and identifiers each."];
        return errors;
    }

    /// <summary>The entry as the list's consumers would see it once listed by <paramref name="owner"/>, never stored.</summary>
    public EntrySnapshot SnapshotFor(string owner) => new(Guid.NewGuid(), 1, "ACTIVE", Kind ?? "PERSON",
        [.. (Names ?? []).Select((n, i) => new NameSnapshot(n.Value!, n.Type ?? (i == 0 ? "PRIMARY" : "ALIAS")))],
        BirthDates ?? [], Gender, [.. (Nationalities ?? []).Select(c => CountryCodes.ToAlpha2(c) ?? c)],
        [.. (Documents ?? []).Select(d => new DocumentSnapshot(d.Type ?? "OTHER", d.Number!, CountryCodes.ToAlpha2(d.Country), null))],
        [.. (Identifiers ?? []).Select(i => new IdentifierSnapshot(i.Type!, i.Value!, i.Platform))],
        [], "OTHER", "INFORM", "LOW", owner, ReleasableTo ?? [owner], null, null, "impact", null, null);
}

public sealed record ProposedName(string? Value, string? Type);

public sealed record ProposedDocument(string? Type, string? Number, string? Country);

public sealed record ProposedIdentifier(string? Type, string? Value, string? Platform);
