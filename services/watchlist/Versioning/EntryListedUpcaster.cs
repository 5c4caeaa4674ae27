using System.Text.Json;
using System.Text.Json.Nodes;
using Marten;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Versioning;

/// <summary>
/// <c>entry_listed</c> v1, as the foundation stored it (commit d841e9e), had details of kind, names, lists, category, action,
/// severity, owner, releasability and remarks only. Today's readers take the lists of birth dates, nationalities, documents
/// and identifiers, and the source, as always there (a v1 row read as it is fails on the first of them), so a v1 row gets
/// empty lists and the source of a manual listing, which is what the foundation's only way of listing was. Rows of v2 and
/// v3 read unchanged (a missing awaitsApproval is false by its default).
/// </summary>
public sealed class EntryListedUpcaster(StoreOptions options)
    : Marten.Services.Json.Transformations.SystemTextJson.EventUpcaster<EntryListed>
{
    public override string EventTypeName => "entry_listed";

    protected override EntryListed Upcast(JsonDocument stored) =>
        StoredEvents.Read<EntryListed>(options, stored, IsV1, json =>
        {
            var details = json["details"]!.AsObject();
            foreach (var list in new[] { "birthDates", "nationalities", "documents", "identifiers" })
                details.Default(list, new JsonArray());
            details.Default("source", new JsonObject { ["dataset"] = "manual", ["reference"] = null });
        });

    private static bool IsV1(JsonElement stored) =>
        stored.TryGetProperty("details", out var details) && !details.TryGetProperty("source", out _);
}
