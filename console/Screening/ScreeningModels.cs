namespace Watchlist.WebConsole.Screening;

/// <summary>A screening's answer as <c>POST /api/screenings</c> gives it.</summary>
public sealed record ScreeningAnswer(Guid ScreeningId, DateTimeOffset ScreenedAt, string Decision, IReadOnlyList<ScreeningHit> Hits);

public sealed record ScreeningHit(
    Guid EntryId, double Score, string Band, string PrimaryName, string? MatchedName, IReadOnlyList<string> Lists,
    string Category, string Action, string Severity, string OwnerAgency, IReadOnlyList<HitExplanation> Explanation);

public sealed record HitExplanation(string Feature, double Score, string Detail);

/// <summary>The answer of <c>POST /api/screenings/batch</c>: one result per passenger, in manifest order.</summary>
public sealed record BatchAnswer(IReadOnlyList<BatchResult> Results);

public sealed record BatchResult(string? Ref, Guid ScreeningId, string Decision, IReadOnlyList<ScreeningHit> Hits);

/// <summary>One passenger of a manifest, with the line it came from.</summary>
public sealed record Passenger(int Line, string? Name, string? BirthDate, string? Nationality, string? Document)
{
    public string Ref => $"line-{Line}";

    /// <summary>The traveller as the screening API takes it: only what the manifest gave.</summary>
    public object ToTraveller(string? documentCountry) => new
    {
        @ref = Ref,
        name = Blank(Name),
        birthDate = Blank(BirthDate),
        nationality = Blank(Nationality),
        documents = Blank(Document) is { } number
            ? new[] { new { type = "PASSPORT", number, country = Blank(documentCountry) ?? Blank(Nationality) } }
            : null,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The answer of <c>POST /api/screenings/content</c>: what was read in the post, and what hit.</summary>
public sealed record ContentAnswer(Guid ScreeningId, DateTimeOffset ScreenedAt, string Decision, ExtractedItems Extracted,
    IReadOnlyList<ScreeningHit> Hits);

public sealed record ExtractedItems(
    IReadOnlyList<string> Phones, IReadOnlyList<string> Emails, IReadOnlyList<ExtractedHandle> Handles,
    IReadOnlyList<string> Websites, IReadOnlyList<string> Organisations, IReadOnlyList<string> Names);

public sealed record ExtractedHandle(string? Platform, string Value)
{
    public override string ToString() => Platform is null ? Value : $"{Platform}: {Value}";
}
