using System.Text.Json;
using System.Text.Json.Nodes;
using Watchlist.ServiceDefaults.Json;
using Watchlist.WatchlistService.Entries.Input;

namespace Watchlist.WatchlistService.Entries.Amending;

public static class AmendEntryEndpoint
{
    /// <summary>What a patch may change; the rest has its own operation (status) or never changes (kind, owner).</summary>
    private static readonly HashSet<string> Changeable =
    [
        "names", "birthDates", "gender", "nationalities", "documents", "identifiers", "lists", "category", "action",
        "severity", "releasableTo", "validFrom", "validUntil", "reviewBy", "source", "remarks",
    ];

    public static async Task<IResult> Handle(Guid id, HttpContext http, EntryChanges changes, TimeProvider clock, CancellationToken ct)
    {
        var mediaType = http.Request.ContentType?.Split(';')[0].Trim();
        if (mediaType is not ("application/merge-patch+json" or "application/json"))
            return Results.Problem(
                statusCode: 415, title: "Send a JSON merge patch.",
                detail: "Use Content-Type: application/merge-patch+json (or application/json).");
        if (await JsonNode.ParseAsync(http.Request.Body, cancellationToken: ct) is not JsonObject patch)
            return Results.Problem(
                statusCode: 400, title: "The patch must be a JSON object.",
                detail: "For example {\"remarks\": \"…\", \"reason\": \"…\"}.");

        if (patch["reason"] is { } given && given.GetValueKind() != JsonValueKind.String)
            return EntryProblems.Invalid(new() { ["reason"] = ["A reason is text, for example \"intel report 7\"."] });
        var reason = patch["reason"]?.GetValue<string>();
        patch.Remove("reason");
        var refused = patch.Select(p => p.Key).Where(k => !Changeable.Contains(k)).ToList();
        if (refused.Count > 0)
            return EntryProblems.Invalid(refused.ToDictionary(k => k, k => new[]
            {
                $"'{k}' cannot be changed by PATCH. Changeable: {string.Join(", ", Changeable)}; " +
                "status changes through /suspend, /reinstate and /delist.",
            }));

        var options = http.RequestServices.GetJsonOptions();
        EntryDetails? amended = null;
        return await changes.ApplyAsync(id, http, reason,
            validate: (entry, _) =>
            {
                var merged = MergePatch.Apply(JsonSerializer.SerializeToNode(EntryInput.From(entry.Details), options), patch);
                var input = merged.Deserialize<EntryInput>(options)! with
                {
                    Kind = entry.Details.Kind,
                    OwnerAgency = entry.Details.OwnerAgency,
                };
                var (details, errors) =
                    EntryValidator.Validate(input, entry.Details.OwnerAgency, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
                amended = details;
                return details is null ? EntryProblems.Invalid(errors) : null;
            },
            command: (entry, change) => new AmendEntry(entry.Id, amended!, change), ct);
    }
}
