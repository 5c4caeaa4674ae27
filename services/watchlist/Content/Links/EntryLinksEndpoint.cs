using System.Security.Claims;
using Marten;
using Watchlist.ServiceDefaults.Auth;
using Watchlist.WatchlistService.Content.Screening;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Screening;

namespace Watchlist.WatchlistService.Content.Links;

public sealed record LinkedEntry(Guid EntryId, string PrimaryName, EntryKind Kind, string OwnerAgency, IReadOnlyList<SharedItem> Shared);

public sealed record LinkedObservation(Guid ScreeningId, DateTimeOffset ScreenedAt, DateTimeOffset? ObservedAt, string? Unit,
    string? Url, string? Platform, IReadOnlyList<SharedItem> Shared);

/// <summary>The broker network around one entry: who else uses its phones, handles, e-mails, websites or documents.</summary>
public sealed record EntryLinks(Guid EntryId, IReadOnlyList<LinkedEntry> Entries, IReadOnlyList<LinkedObservation> Observations);

public static class EntryLinksEndpoint
{
    /// <summary>The newest posts of the caller's agency looked at; older ones are beyond this first step of link analysis.</summary>
    public const int MaxObservations = 10_000;

    /// <summary>
    /// Other entries (those released to the caller, as every read of an entry) and posts screened by the caller's own agency
    /// (an observation belongs to the agency that made it) sharing something with the entry, each with what it shares.
    /// </summary>
    public static async Task<IResult> Handle(Guid id, ClaimsPrincipal user, IQuerySession session, LiveList live,
        ScreeningPrivacy privacy, CancellationToken ct)
    {
        var agency = user.AgencyOf();
        var entry = await session.LoadAsync(id, null, ct);
        if (entry is null || !entry.Details.IsReleasableTo(agency)) return EntryProblems.NotFound(id);
        var items = SharedItems.Of(entry.Details);
        if (items.Count == 0) return Results.Ok(new EntryLinks(id, [], []));

        var entries = live.State.Entries
            .Where(e => e.Id != id && e.Details.IsReleasableTo(agency))
            .Select(e => (Entry: e, Shared: SharedItems.Between(items, SharedItems.Of(e.Details))))
            .Where(l => l.Shared.Count > 0)
            .Select(l => new LinkedEntry(l.Entry.Id, l.Entry.Details.PrimaryName, l.Entry.Details.Kind, l.Entry.Details.OwnerAgency,
                l.Shared))
            .OrderBy(l => l.PrimaryName, StringComparer.Ordinal).ToList();
        var stored = agency is null ? [] : await session.Events.QueryRawEventDataOnly<ContentScreeningRecorded>()
            .Where(r => r.Change.Agency == agency).OrderByDescending(r => r.Change.At).Take(MaxObservations).ToListAsync(ct);
        // Posts past retention read as pseudonyms, which share nothing with the entry's items in clear.
        var posts = await privacy.OpenAsync(session, stored, ct);
        var observations = posts
            .Select(p => (Post: p, Shared: SharedItems.Between(items, SharedItems.Of(p.Extracted))))
            .Where(o => o.Shared.Count > 0)
            .Select(o => new LinkedObservation(o.Post.ScreeningId, o.Post.Change.At, o.Post.Content.ObservedAt, o.Post.Context.Unit,
                o.Post.Content.Url, o.Post.Content.Platform, o.Shared))
            .ToList();
        return Results.Ok(new EntryLinks(id, entries, observations));
    }
}
