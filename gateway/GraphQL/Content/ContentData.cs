namespace Watchlist.Gateway.GraphQL.Content;

/// <summary>POST /api/screenings/content as the watchlist service answers it.</summary>
public sealed record ContentScreeningData(Guid ScreeningId, DateTimeOffset ScreenedAt, string Decision, ExtractedData Extracted,
    List<ContentHitData> Hits, long ListPosition);

public sealed record ExtractedData(List<string> Phones, List<string> Emails, List<HandleData> Handles, List<string> Websites,
    List<string> Organisations, List<string> Names);

public sealed record HandleData(string? Platform, string Value);

public sealed record ContentHitData(Guid EntryId, int EntryVersion, double Score, string Band, string Kind, string PrimaryName,
    string? MatchedName, List<string> Lists, string Category, string Action, string Severity, string OwnerAgency,
    List<ExplanationData> Explanation);

public sealed record ExplanationData(string Feature, double Score, string Detail);
