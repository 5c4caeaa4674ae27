using System.Text.Json;

namespace Watchlist.WebConsole.Entries;

/// <summary>A watchlist entry as <c>GET /api/entries/{id}</c> answers it.</summary>
public sealed record Entry(
    Guid Id, int Version, string Status, string Kind, IReadOnlyList<EntryName> Names, IReadOnlyList<string> BirthDates, string? Gender,
    IReadOnlyList<string> Nationalities, IReadOnlyList<EntryDocument> Documents, IReadOnlyList<EntryIdentifier> Identifiers,
    IReadOnlyList<string> Lists, string Category, string Action, string Severity, string OwnerAgency, IReadOnlyList<string> ReleasableTo,
    DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil, string? ReviewBy, EntrySource? Source, string? Remarks,
    DateTimeOffset ListedAt, DateTimeOffset ChangedAt, bool ReviewOverdue = false, EntryPending? Pending = null)
{
    public string PrimaryName => Names.FirstOrDefault(n => n.Type == "PRIMARY")?.Value ?? Names.FirstOrDefault()?.Value
        ?? Documents.FirstOrDefault()?.Number ?? Identifiers.FirstOrDefault()?.Value ?? Id.ToString();
}

public sealed record EntryName(string Value, string Type);

/// <summary>On a four-eyes list: the listing or delisting (<c>LISTING</c>, <c>DELISTING</c>) that waits for a second admin.</summary>
/// <param name="Makers">Who made or shaped it: none of them may approve or reject it.</param>
public sealed record EntryPending(string Kind, IReadOnlyList<string> Makers);

public sealed record EntryDocument(string Type, string Number, string? Country, string? ExpiresOn);

public sealed record EntryIdentifier(string Type, string Value, string? Platform);

public sealed record EntrySource(string Dataset, string? Reference);

public sealed record EntryPage(IReadOnlyList<Entry> Items, string? NextCursor);

/// <summary>One change of an entry's history: who, when, why, and each field's before and after.</summary>
public sealed record EntryChange(int Version, string Type, DateTimeOffset At, string Actor, string? Agency, string? Reason,
    IReadOnlyDictionary<string, FieldChange>? Changes);

public sealed record FieldChange(JsonElement From, JsonElement To);

public static class EntryVocabulary
{
    public static readonly string[] Kinds = ["PERSON", "ORGANISATION", "TRAVEL_DOCUMENT", "ONLINE_IDENTIFIER"];
    public static readonly string[] Statuses = ["ACTIVE", "SUSPENDED", "DELISTED", "EXPIRED"];
    public static readonly string[] Categories =
        ["HUMAN_TRAFFICKING", "MIGRANT_SMUGGLING", "CYBER_FRAUD", "SANCTIONS", "WANTED", "MISSING_PERSON", "LOST_STOLEN_DOCUMENT", "OTHER"];
    public static readonly string[] Actions =
        ["ARREST", "REFUSE_ENTRY", "SPECIFIC_CHECK", "DISCREET_CHECK", "SEIZE_DOCUMENT", "PROTECT", "INFORM"];
    public static readonly string[] Severities = ["CRITICAL", "HIGH", "MEDIUM", "LOW"];
    public static readonly string[] DocumentTypes = ["PASSPORT", "NATIONAL_ID", "VISA", "OTHER"];
    public static readonly string[] IdentifierTypes = ["PHONE", "EMAIL", "SOCIAL_HANDLE", "WEBSITE"];
}
