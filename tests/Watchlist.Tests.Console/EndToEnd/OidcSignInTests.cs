using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Playwright;
using Watchlist.Tests.Console.Browser;
using Watchlist.Tests.Integration.Infrastructure;
using Watchlist.WebConsole;
using Xunit.Abstractions;

namespace Watchlist.Tests.Console.EndToEnd;

/// <summary>
/// Outside Development, in a real browser, against a local OpenID Connect provider (<see cref="LocalIssuer"/>): the code
/// flow with PKCE, the ID token's signature, audience and nonce checked by the console's own handler, and the session's
/// role and agency taken from the provider's access token. The one seam: the provider's metadata is fetched over HTTP
/// (there is no certificate here); everything else is as configured in production.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class OidcSignInTests(ConsolePlatform platform, ITestOutputHelper output)
{
    [Fact]
    public async Task Outside_Development_a_user_signs_in_at_the_organisations_provider_with_role_and_agency_from_its_token()
    {
        var subject = $"oidc-{Guid.NewGuid():N}"[..16];
        await using var issuer = new LocalIssuer("watchlist-console", "console-secret", new Dictionary<string, string>
        {
            ["sub"] = subject, ["role"] = "command-centre", ["agency"] = "VN-OIDC",
        });
        await issuer.StartAsync();
        await using var console = new ServiceHost<WebConsoleMarker>(new Dictionary<string, string>
        {
            ["environment"] = "Production",
            ["DataProtection:KeyRingPath"] = Directory.CreateTempSubdirectory("console-keys-").FullName,
            ["DataProtection:ReadOnly"] = "false",
            ["Oidc:Authority"] = issuer.Address.ToString(),
            ["Oidc:ClientId"] = "watchlist-console",
            ["Oidc:ClientSecret"] = "console-secret",
            ["Gateway:Url"] = platform.Platform.Gateway.Address.ToString(),
        },
            services => services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme,
                o => o.RequireHttpsMetadata = false))
            .Start();
        var home = new Uri($"http://localhost:{console.Address.Port}/console/");

        var context = await platform.Browser.NewContextAsync(new() { Locale = "en-GB" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await using var tab = new ConsolePage(platform.ConsoleUrl, context, page, output);
        await tab.RunAsync(nameof(Outside_Development_a_user_signs_in_at_the_organisations_provider_with_role_and_agency_from_its_token),
            async () =>
            {
                await page.GotoAsync(new Uri(home, "signin?returnUrl=%2Fconsole%2Fsignin").ToString());
                Assert.Equal(0, await page.GetByLabel("Role").CountAsync());
                await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with your organisation" }).ClickAsync();

                // To the provider and back (form_post to /console/signin-oidc), then to the return address, signed in.
                await page.WaitForURLAsync(url => url.EndsWith("/console/signin", StringComparison.Ordinal), new() { Timeout = 20_000 });
                var who = page.Locator(".who");
                await Assertions.Expect(who).ToContainTextAsync(subject);
                Assert.Contains("command-centre", await who.InnerTextAsync());
                Assert.Contains("VN-OIDC", await who.InnerTextAsync());
                Assert.Equal(1, issuer.TokensIssued);
                var cookies = await context.CookiesAsync();
                Assert.Contains(cookies,
                    c => c.Name == Watchlist.WebConsole.Account.ConsoleAuthentication.CookieName && c.HttpOnly && c.Secure);
            });
    }
}
