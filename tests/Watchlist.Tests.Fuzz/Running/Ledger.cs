using System.Collections.Concurrent;
using System.Text.Json;
using Watchlist.Tests.Fuzz.Cases;

namespace Watchlist.Tests.Fuzz.Running;

/// <summary>
/// Every write the platform said it made. At the end the stores must hold exactly these and nothing else:
/// a refused request that wrote something anyway, or an accepted one that wrote half, shows up as a difference.
/// </summary>
public sealed class Ledger
{
    private readonly ConcurrentDictionary<Guid, byte> _entries = new();
    private readonly ConcurrentDictionary<Guid, byte> _screenings = new();
    private readonly ConcurrentDictionary<Guid, byte> _subscriptions = new();
    private readonly ConcurrentDictionary<Guid, byte> _unsubscribed = new();
    private long _imported;

    public int Entries => _entries.Count + (int)Interlocked.Read(ref _imported);
    public int Screenings => _screenings.Count;
    public int Subscriptions => _subscriptions.Keys.Count(id => !_unsubscribed.ContainsKey(id));

    public void Entry(Guid id) => _entries.TryAdd(id, 0);
    public void Screening(Guid id) => _screenings.TryAdd(id, 0);
    public void Subscription(Guid id) => _subscriptions.TryAdd(id, 0);

    /// <summary>Notes what an accepted answer says it wrote.</summary>
    public void Record(FuzzCase fuzzCase, string path, Answer answer)
    {
        if (!answer.Succeeded) return;
        var json = answer.Json();
        switch (fuzzCase.Effect)
        {
            case Effect.ListsEntry when IdOfLocation(answer) is { } id: Entry(id); break;
            case Effect.Subscribes when IdOfLocation(answer) is { } id: Subscription(id); break;
            case Effect.Unsubscribes when Guid.TryParse(path.Split('?')[0].Split('/')[^1], out var id): _unsubscribed.TryAdd(id, 0); break;
            case Effect.Imports when json?.TryGetProperty("created", out var created) == true:
                Interlocked.Add(ref _imported, created.GetInt64());
                break;
            case Effect.Screens when json is { } screened:
                if (screened.TryGetProperty("screeningId", out var single)) Screening(single.GetGuid());
                if (screened.TryGetProperty("results", out var results))
                    foreach (var result in results.EnumerateArray()) Screening(result.GetProperty("screeningId").GetGuid());
                break;
            case Effect.GraphQL when json?.TryGetProperty("data", out var data) == true && data.ValueKind == JsonValueKind.Object
                                     && data.TryGetProperty("listEntry", out var listed) && listed.ValueKind == JsonValueKind.Object:
                Entry(listed.GetProperty("id").GetGuid());
                break;
            case Effect.GraphQL when json?.TryGetProperty("data", out var data) == true && data.ValueKind == JsonValueKind.Object
                                     && data.TryGetProperty("screenContent", out var post) && post.ValueKind == JsonValueKind.Object:
                Screening(post.GetProperty("screeningId").GetGuid());
                break;
        }
    }

    private static Guid? IdOfLocation(Answer answer) =>
        answer.Response.Headers.Location is { } location && Guid.TryParse(location.OriginalString.Split('/')[^1], out var id) ? id : null;
}
