using System.Security.Claims;

namespace Watchlist.ServiceDefaults.Auth;

/// <summary>The claim names of API.md: <c>sub</c>, <c>role</c>, <c>agency</c>.</summary>
public static class Claims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Agency = "agency";

    public static string Actor(this ClaimsPrincipal user) => user.FindFirstValue(Subject) ?? "anonymous";

    public static string? AgencyOf(this ClaimsPrincipal user) => user.FindFirstValue(Agency);
}
