using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Watchlist.WebConsole.Account;

/// <summary>
/// English and Vietnamese. Each user's choice is kept in the culture cookie (the language links in the header); without
/// one, the browser's Accept-Language decides. An open console keeps the culture it started with (a circuit's culture is
/// fixed), so the choice reloads the page.
/// </summary>
public static class Languages
{
    public static readonly string[] Supported = ["en", "vi"];

    public static IServiceCollection AddConsoleLanguages(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture("en").AddSupportedCultures(Supported).AddSupportedUICultures(Supported);
            o.FallBackToParentCultures = o.FallBackToParentUICultures = true;
        });
        return services;
    }

    public static IEndpointRouteBuilder MapLanguageChoice(this IEndpointRouteBuilder app)
    {
        app.MapGet("/language/{culture}", (string culture, string? returnUrl, HttpContext http) =>
        {
            if (!Supported.Contains(culture)) return Results.NotFound();
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(CultureInfo.GetCultureInfo(culture))),
                new CookieOptions
                {
                    Path = http.Request.PathBase.HasValue ? http.Request.PathBase.Value : "/",
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    IsEssential = true,
                });
            return Results.LocalRedirect(AccountEndpoints.LocalOnly(returnUrl, http));
        }).AllowAnonymous();
        return app;
    }
}
