using System.Text.Json;
using Watchlist.Gateway.GraphQL.Transport;

namespace Watchlist.Tests.Unit.Notifications;

public sealed class TransportMessageTests
{
    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{\"id\": \"1\"}")]
    [InlineData("{\"type\": 3}")]
    public void Anything_but_an_object_with_a_string_type_is_an_invalid_message(string text) => Assert.Null(TransportMessage.Parse(text));

    [Fact]
    public void A_subscribe_message_keeps_its_id_and_payload()
    {
        var message = TransportMessage.Parse("{\"id\":\"a\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ x }\"}}")!;
        Assert.Equal(("subscribe", "a"), (message.Type, message.Id));
        Assert.Equal("{ x }", message.Payload!.Value.GetProperty("query").GetString());
    }

    [Fact]
    public void Written_messages_are_json_with_the_payload_embedded()
    {
        var doc = JsonDocument.Parse(TransportMessage.Write("next", "a\"b", "{\"data\":{}}")).RootElement;
        Assert.Equal(("next", "a\"b"), (doc.GetProperty("type").GetString(), doc.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Object, doc.GetProperty("payload").GetProperty("data").ValueKind);
    }

    [Theory]
    [InlineData("{\"Authorization\":\"Bearer abc\"}", "abc")]
    [InlineData("{\"authorization\":\"abc\"}", "abc")]
    [InlineData("{\"Authorization\":\"Bearer \"}", null)]
    [InlineData("{\"Authorization\":42}", null)]
    [InlineData("{}", null)]
    public void The_token_is_read_from_the_init_payload(string payload, string? token) =>
        Assert.Equal(token, WebSocketTokens.TokenOf(JsonDocument.Parse(payload).RootElement));
}
