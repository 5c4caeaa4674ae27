namespace Watchlist.WatchlistService.Entries;

public static class EntryProblems
{
    /// <summary>The same answer for "no such entry" and "not released to you", so that a count cannot leak.</summary>
    public static IResult NotFound(Guid id) =>
        Results.Problem(statusCode: 404, title: "No such entry.", detail: $"No entry {id} is visible to you.");

    public static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(
            errors, title: "The entry is not valid.", detail: "Correct the fields named in errors and send it again.");

    public static IResult Conflict(string reason) =>
        Results.Problem(statusCode: 409, title: "Not allowed in the entry's current state.", detail: reason);

    /// <summary>
    /// The owner is always the caller's own agency claim: a body naming another (a real agency or a made-up one) is a 403,
    /// never an entry that another agency would have to act on and could not change; a token without an agency owns nothing.
    /// </summary>
    public static IResult? OwnerRefusal(string? named, string? callerAgency) => (named, callerAgency) switch
    {
        (_, null) => Results.Problem(statusCode: 403, title: "Your token names no agency.",
            detail: "Entries belong to the agency in the token's agency claim; ask your identity provider for a token with one."),
        ({ } other, { } own) when other != own => Results.Problem(statusCode: 403, title: "Entries are owned by the caller's own agency.",
            detail: $"ownerAgency is always {own}, from your token; leave the field out or send {own}."),
        _ => null,
    };

    public static IResult NotOwner(Entry entry) => Results.Problem(statusCode: 403, title: "Only the owning agency changes an entry.",
        detail: $"This entry belongs to {entry.Details.OwnerAgency}; ask its administrators to change it.");
}
