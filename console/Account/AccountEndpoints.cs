using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.WebConsole.Account;

/// <summary>Signing in and out. The development sign-in exists only in Development: elsewhere its path is a 404.</summary>
public static class AccountEndpoints
{
    public sealed record DevelopmentSignIn(string? Role, string? Agency, string? ReturnUrl);

    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder app, IHostEnvironment environment)
    {
        if (environment.IsDevelopment()) app.MapPost("/account/signin", SignInAsync).AllowAnonymous();
        else app.MapGet("/account/oidc", (string? returnUrl, HttpContext http) =>
            Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOnly(returnUrl, http) },
                [OpenIdConnectDefaults.AuthenticationScheme]))
            .AllowAnonymous();
        app.MapPost("/account/signout", SignOutAsync);
        return app;
    }

    /// <remarks>A body that is no form at all binds no record: it is treated as an empty form, not a server error.</remarks>
    private static async Task<IResult> SignInAsync([FromForm] DevelopmentSignIn? form, HttpContext http, DevelopmentTokens tokens)
    {
        form ??= new DevelopmentSignIn(null, null, null);
        var returnUrl = LocalOnly(form.ReturnUrl, http);
        var role = form.Role?.Trim() ?? "";
        var agency = form.Agency?.Trim().ToUpperInvariant() ?? "";
        string? error = !Roles.All.Contains(role) ? "role" : !DevelopmentTokens.IsAgency(agency) ? "agency" : null;
        if (error is not null)
            return Results.Redirect($"{http.Request.PathBase}/signin?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}");

        var user = SignedInUser.FromToken(tokens.Issue(role, agency));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, user,
            new AuthenticationProperties { ExpiresUtc = user.ExpiresAt(), IsPersistent = false, AllowRefresh = false });
        return Results.LocalRedirect(returnUrl);
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, IHostEnvironment environment)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (environment.IsDevelopment()) return Results.LocalRedirect($"{http.Request.PathBase}/signin?signedOut=true");
        return Results.SignOut(new AuthenticationProperties { RedirectUri = $"{http.Request.PathBase}/signin?signedOut=true" },
            [OpenIdConnectDefaults.AuthenticationScheme]);
    }

    /// <summary>Only paths of this console: an open redirect would let a link send a freshly signed-in user anywhere.</summary>
    public static string LocalOnly(string? returnUrl, HttpContext http)
    {
        var home = $"{http.Request.PathBase}/";
        // Control characters and backslashes too: browsers read "/\\host" as another host, and a line break would be a header.
        if (string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//", StringComparison.Ordinal)
            || returnUrl.Any(c => char.IsControl(c) || c == '\\')) return home;
        return returnUrl.StartsWith(home, StringComparison.Ordinal) ? returnUrl : home;
    }
}
