using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Watchlist.Tests.Console.Browser;
using Watchlist.Tests.Integration.Infrastructure;
using Xunit.Abstractions;

namespace Watchlist.Tests.Console.EndToEnd;

/// <summary>GraphiQL at GET /graphql on the gateway: served from the gateway itself, while /graphql stays GraphQL for clients.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class GraphiQLTests(ConsolePlatform platform, ITestOutputHelper output)
{
    private Uri Gateway => platform.Platform.Gateway.Address;

    [Fact]
    public async Task A_browser_at_graphql_gets_GraphiQL_from_the_gateway_alone_and_runs_a_query_with_the_pasted_token()
    {
        var context = await platform.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        var requested = new List<string>();
        var refused = new List<string>();
        page.Request += (_, r) => { lock (requested) requested.Add(r.Url); };
        page.RequestFailed += (_, r) => { lock (refused) refused.Add($"{r.Url}: {r.Failure}"); };
        page.Console += (_, m) => output.WriteLine($"console {m.Type}: {m.Text}");
        await using var tab = new ConsolePage(platform.ConsoleUrl, context, page, output);
        await tab.RunAsync(nameof(A_browser_at_graphql_gets_GraphiQL_from_the_gateway_alone_and_runs_a_query_with_the_pasted_token),
            async () =>
            {
                var answer = await page.GotoAsync(new Uri(Gateway, "/graphql").ToString());
                Assert.Equal(200, answer!.Status);
                Assert.Contains("script-src 'self'", (await answer.AllHeadersAsync())["content-security-policy"]);
                await page.Locator(".graphiql-container").WaitForAsync();

                await page.GetByRole(AriaRole.Button, new() { Name = "Headers" }).ClickAsync();
                await ReplaceEditorTextAsync(page, page.Locator(".graphiql-editor-tool .CodeMirror").Locator("visible=true"),
                    JsonSerializer.Serialize(new Dictionary<string, string>
                    {
                        ["Authorization"] = "Bearer " + DevTokens.Issue("admin", "VN-GRAPHIQL"),
                    }));
                await ReplaceEditorTextAsync(page, page.Locator(".graphiql-query-editor .CodeMirror"),
                    "query Me { viewer { roles agency } }");
                await page.Keyboard.PressAsync("Control+Enter");

                var response = page.Locator(".graphiql-response");
                await Assertions.Expect(response).ToContainTextAsync("VN-GRAPHIQL");
                Assert.Contains("\"admin\"", await response.InnerTextAsync());
                await tab.SaveForDocsAsync("console-graphiql");

                // The page, its scripts and styles, the schema and the query: all from the gateway, nothing from a CDN.
                List<string> all;
                lock (requested) all = [.. requested];
                output.WriteLine(string.Join("\n", all.Distinct()));
                Assert.Contains(all, u => u.EndsWith("/graphql/ide/graphiql.min.js", StringComparison.Ordinal));
                Assert.All(all, u => Assert.Equal(Gateway.Authority, new Uri(u).Authority));
                lock (refused) Assert.Empty(refused);
            });
    }

    [Fact]
    public async Task Graphql_stays_GraphQL_for_clients_by_POST_GET_with_a_query_and_WebSocket_and_the_IDE_serves_its_licences()
    {
        using var http = platform.Platform.Client("admin", "VN-MPS");
        using var post = await http.PostAsync("/graphql",
            new StringContent("""{"query":"{ viewer { agency } }"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("\"VN-MPS\"", await post.Content.ReadAsStringAsync());

        // A GET with a query is GraphQL even when the client would also take HTML.
        using var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7Bviewer%7Bagency%7D%7D");
        get.Headers.Accept.ParseAdd("text/html, application/json;q=0.9");
        using var got = await http.SendAsync(get);
        Assert.StartsWith("application/json", got.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"VN-MPS\"", await got.Content.ReadAsStringAsync());

        // Without a query, a client that does not ask for HTML gets GraphQL's own answer, not a page.
        using var plain = await http.GetAsync("/graphql");
        Assert.NotEqual("text/html", plain.Content.Headers.ContentType?.MediaType);

        using var anonymous = new HttpClient { BaseAddress = Gateway };
        foreach (var licence in new[] { "LICENSE.graphiql", "LICENSE.react", "LICENSE.react-dom" })
            Assert.Contains("Permission is hereby granted", await anonymous.GetStringAsync($"/graphql/ide/{licence}"));
        using var elsewhere = await anonymous.GetAsync("/graphql/ide/..%2Fappsettings.json");
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);

        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new Uri(Gateway.ToString().Replace("http", "ws", StringComparison.Ordinal) + "graphql"),
            CancellationToken.None);
        var init = JsonSerializer.Serialize(new
        {
            type = "connection_init",
            payload = new Dictionary<string, string> { ["Authorization"] = "Bearer " + DevTokens.Issue("command-centre", "VN-MPS") },
        });
        await socket.SendAsync(Encoding.UTF8.GetBytes(init), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var received = await socket.ReceiveAsync(buffer, timeout.Token);
        Assert.Contains("connection_ack", Encoding.UTF8.GetString(buffer, 0, received.Count));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    /// <summary>
    /// Selects all of a CodeMirror editor's text and inserts the new text as one input event, which CodeMirror takes as typed
    /// text without closing brackets for us.
    /// </summary>
    private static async Task ReplaceEditorTextAsync(IPage page, ILocator editor, string text)
    {
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync(text);
    }
}
