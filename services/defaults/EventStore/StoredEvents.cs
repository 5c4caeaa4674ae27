using System.Text.Json;
using System.Text.Json.Nodes;
using Marten;

namespace Watchlist.ServiceDefaults.EventStore;

/// <summary>
/// One type of event a service stores: the name its rows carry in <c>mt_events.type</c> (fixed here, so renaming the class
/// never changes it) and the version of the shape today's code writes. A change that only adds a field with a default
/// keeps the name and raises the version; any other change is a new type under <c>{name}_v{version}</c>, with an upcaster
/// from the old name (README "Changing an event safely", decision 0070).
/// </summary>
public sealed record StoredEvent(Type Type, string Name, int Version)
{
    public static StoredEvent Of<T>(string name, int version = 1) => new(typeof(T), name, version);
}

public static class StoredEvents
{
    /// <summary>Maps every stored event type to its name; a name twice is a configuration error, found at start.</summary>
    public static void Register(StoreOptions options, IReadOnlyList<StoredEvent> events)
    {
        var twice = events.GroupBy(e => e.Name).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new InvalidOperationException($"Two stored event types share the name '{twice.Key}'.");
        foreach (var stored in events) options.Events.MapEventType(stored.Type, stored.Name);
    }

    /// <summary>
    /// Today's event from a row of any version of the same name, for the "same name, older shape" upcasters: a row that
    /// <paramref name="isOld"/> has the missing fields patched in by <paramref name="upgrade"/>; every row is then read with
    /// the store's own serializer, as Marten reads rows without an upcaster.
    /// </summary>
    public static T Read<T>(StoreOptions options, JsonDocument stored, Func<JsonElement, bool> isOld, Action<JsonObject> upgrade)
    {
        byte[] json;
        if (isOld(stored.RootElement))
        {
            var old = JsonNode.Parse(stored.RootElement.GetRawText())!.AsObject();
            upgrade(old);
            json = JsonSerializer.SerializeToUtf8Bytes(old);
        }
        else json = JsonSerializer.SerializeToUtf8Bytes(stored.RootElement);
        using var stream = new MemoryStream(json);
        return options.Serializer().FromJson<T>(stream);
    }

    /// <summary>Sets <paramref name="property"/> to <paramref name="value"/> where the stored JSON has none (or null).</summary>
    public static void Default(this JsonObject json, string property, JsonNode value)
    {
        if (json[property] is null) json[property] = value;
    }
}
