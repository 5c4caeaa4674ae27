namespace Watchlist.WatchlistService.Entries;

public static class EntryProblems
{
    /// <summary>The same answer for "no such entry" and "not released to you", so that a count cannot leak.</summary>
    public static IResult NotFound(Guid id) =>
        Results.Problem(statusCode: 404, title: "No such entry.", detail: $"No entry {id} is visible to you.");

    public static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "The entry is not valid.", detail: "Correct the fields named in errors and send it again.");

    public static IResult Conflict(string reason) => Results.Problem(statusCode: 409, title: "Not allowed in the entry's current state.", detail: reason);

    public static IResult NotOwner(Entry entry) => Results.Problem(statusCode: 403, title: "Only the owning agency changes an entry.",
        detail: $"This entry belongs to {entry.Details.OwnerAgency}; ask its administrators to change it.");
}
