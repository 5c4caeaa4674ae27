using Microsoft.AspNetCore.Mvc;
using Watchlist.WebConsole.Account;

namespace Watchlist.WebConsole.Gateway;

/// <summary>
/// The zones a user may choose (any IANA zone this machine knows; the region's first in the list), the cookie that keeps the
/// choice, and the zone of a border post or unit, from the country its code starts with (VN-TSN: Vietnam).
/// </summary>
public static class TimeZones
{
    public const string CookieName = "watchlist-timezone";

    /// <summary>The zones offered first: the countries whose posts and units use the platform, and UTC.</summary>
    public static readonly string[] Offered =
    [
        "Asia/Ho_Chi_Minh", "Asia/Phnom_Penh", "Asia/Vientiane", "Asia/Bangkok", "Asia/Yangon", "Asia/Kuala_Lumpur",
        "Asia/Singapore", "Asia/Jakarta", "Asia/Manila", "Asia/Shanghai", "UTC",
    ];

    private static readonly Dictionary<string, string> ByCountry = new(StringComparer.OrdinalIgnoreCase)
    {
        ["VN"] = "Asia/Ho_Chi_Minh", ["KH"] = "Asia/Phnom_Penh", ["LA"] = "Asia/Vientiane", ["TH"] = "Asia/Bangkok",
        ["MM"] = "Asia/Yangon", ["MY"] = "Asia/Kuala_Lumpur", ["SG"] = "Asia/Singapore", ["ID"] = "Asia/Jakarta",
        ["PH"] = "Asia/Manila", ["CN"] = "Asia/Shanghai",
    };

    public static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;

    /// <summary>The post's zone when its code names a country we know (VN-TSN, KH-PNH); null otherwise.</summary>
    public static TimeZoneInfo? OfPost(string? post) =>
        post is { Length: >= 3 } && post[2] == '-' && ByCountry.TryGetValue(post[..2], out var id) ? Find(id) : null;

    /// <summary><c>GET /timezone?zone=…&amp;returnUrl=…</c>: keeps the choice for a year and goes back to the page.</summary>
    public static IEndpointRouteBuilder MapTimeZoneChoice(this IEndpointRouteBuilder app)
    {
        app.MapGet("/timezone", ([FromQuery] string? zone, [FromQuery] string? returnUrl, HttpContext http) =>
        {
            if (Find(zone) is not { } found)
                return Results.Problem(statusCode: 400, title: "Unknown time zone.",
                    detail: "Choose an IANA time zone such as Asia/Ho_Chi_Minh or UTC.");
            http.Response.Cookies.Append(CookieName, found.Id, new CookieOptions
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
