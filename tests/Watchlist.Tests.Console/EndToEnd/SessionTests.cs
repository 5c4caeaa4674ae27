using System.Net;
using System.Text.RegularExpressions;
using Watchlist.Tests.Integration.Infrastructure;
using Watchlist.WebConsole;

namespace Watchlist.Tests.Console.EndToEnd;

/// <summary>The console host alone, over plain HTTP: how sessions start and end, in and outside Development.</summary>
public sealed partial class SessionTests
{
    private static ServiceHost<WebConsoleMarker> Console(Dictionary<string, string> settings)
    {
        settings.TryAdd("Gateway:Url", "http://127.0.0.1:9"); // these tests never reach the platform
        return new ServiceHost<WebConsoleMarker>(settings).Start();
    }

    private static HttpClient Browser(ServiceHost<WebConsoleMarker> host) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = host.Address };

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string role, string agency)
    {
        var page = await (await browser.GetAsync("/console/signin")).Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        return await browser.PostAsync("/console/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Role"] = role,
            ["Agency"] = agency,
            ["ReturnUrl"] = "/console/alerts",
        }));
    }

    [Fact]
    public async Task A_session_ends_when_its_token_expires_and_the_user_is_sent_to_sign_in_again()
    {
        await using var host = Console(new() { ["Console:DevelopmentTokenLifetime"] = "00:00:03" });
        using var browser = Browser(host);
        var signedIn = await SignInAsync(browser, "command-centre", "VN-MPS");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/console/alerts", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/console/alerts")).StatusCode);

        await Task.Delay(TimeSpan.FromSeconds(4));
        var expired = await browser.GetAsync("/console/alerts");
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.Equal("/console/signin?ReturnUrl=%2Fconsole%2Falerts", expired.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_return_address_outside_the_console_is_not_followed_after_sign_in()
    {
        await using var host = Console([]);
        foreach (var target in new[] { "https://evil.example/", "//evil.example/", "/\\evil.example", "/other-app" })
        {
            // A new browser each time: an antiforgery token belongs to the (anonymous) user it was given to.
            using var browser = Browser(host);
            var page = await (await browser.GetAsync("/console/signin")).Content.ReadAsStringAsync();
            var token = WebUtility.HtmlDecode(AntiforgeryToken().Match(page).Groups[1].Value);
            var response = await browser.PostAsync("/console/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Role"] = "officer", ["Agency"] = "VN-MPS", ["ReturnUrl"] = target,
            }));
            Assert.Equal("/console/", response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task Outside_Development_there_is_no_development_sign_in_only_the_organisations_OpenID_Connect()
    {
        await using var host = Console(new()
        {
            ["environment"] = "Production",
            ["DataProtection:KeyRingPath"] = KeyRing(),
            ["DataProtection:ReadOnly"] = "false",
            ["Oidc:Authority"] = "https://login.example.org",
            ["Oidc:ClientId"] = "console",
        });
        using var browser = Browser(host);
        var page = await (await browser.GetAsync("/console/signin")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("name=\"Role\"", page);
        Assert.Contains("Sign in with your organisation", page);
        var minted = await browser.PostAsync("/console/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Role"] = "admin", ["Agency"] = "VN-MPS",
        }));
        // Nothing answers a POST there: 404, or 405 where a page of the same path answers GET.
        Assert.Contains(minted.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
        Assert.DoesNotContain(minted.Headers, h => h.Key == "Set-Cookie");
    }

    [Fact]
    public void Outside_Development_the_console_refuses_to_start_without_an_identity_provider()
    {
        var failure = Assert.ThrowsAny<Exception>(() => Console(new() { ["environment"] = "Production" }));
        Assert.Contains("Oidc:Authority", failure.ToString());
    }

    private static string KeyRing() => Directory.CreateTempSubdirectory("console-keys-").FullName;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
