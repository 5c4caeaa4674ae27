using System.Text.Json;
using System.Text.Json.Serialization;

namespace Watchlist.Gateway.GraphQL.Transport;

/// <summary>One message of graphql-transport-ws: <c>{"type", "id"?, "payload"?}</c>.</summary>
public sealed record TransportMessage(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("payload")] JsonElement? Payload)
{
    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";

    /// <summary>Null when the text is not a JSON object with a string <c>type</c>: the protocol's "invalid message".</summary>
    public static TransportMessage? Parse(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("type", out var type)
                || type.ValueKind != JsonValueKind.String)
                return null;
            string? id = doc.RootElement.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
            JsonElement? payload =
                doc.RootElement.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p.Clone() : null;
            return new TransportMessage(type.GetString(), id, payload);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A server message with a payload already serialised as JSON.</summary>
    public static string Write(string type, string? id = null, string? payloadJson = null) =>
        "{\"type\":" + JsonSerializer.Serialize(type)
        + (id is null ? "" : ",\"id\":" + JsonSerializer.Serialize(id))
        + (payloadJson is null ? "" : ",\"payload\":" + payloadJson) + "}";
}
