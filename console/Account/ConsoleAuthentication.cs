using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Watchlist.ServiceDefaults.Auth;

namespace Watchlist.WebConsole.Account;

/// <summary>
/// A cookie session that carries the user's own platform token. In Development the token comes from the sign-in form
/// (<see cref="AccountEndpoints"/>); everywhere else from the organisation's OpenID Connect provider, whose access token
/// the gateway accepts (<c>Oidc:Authority</c>, <c>Oidc:ClientId</c>, <c>Oidc:ClientSecret</c>). A session ends when its
/// token expires: the cookie is refused and the user is sent to sign in again.
/// </summary>
public static class ConsoleAuthentication
{
    public const string CookieName = "watchlist-console";

    public static IServiceCollection AddConsoleAuthentication(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var oidc = configuration.GetSection("Oidc");
        var useOidc = !environment.IsDevelopment();
        if (useOidc && string.IsNullOrEmpty(oidc["Authority"]))
            throw new InvalidOperationException(
                "Outside Development the console signs users in with OpenID Connect: set Oidc:Authority and Oidc:ClientId.");

        var auth = services.AddAuthentication(o =>
        {
            o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.DefaultChallengeScheme = useOidc
                ? OpenIdConnectDefaults.AuthenticationScheme
                : CookieAuthenticationDefaults.AuthenticationScheme;
        }).AddCookie(o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.LoginPath = "/signin";
            o.AccessDeniedPath = "/denied";
            o.Events.OnValidatePrincipal = RejectExpired;
            // Relative redirects: behind the gateway, the host this process sees is not the one the browser uses.
            o.Events.OnRedirectToLogin = context => RedirectLocally(context.HttpContext, context.RedirectUri);
            o.Events.OnRedirectToAccessDenied = context => RedirectLocally(context.HttpContext, context.RedirectUri);
        });
        if (useOidc) auth.AddOpenIdConnect(o => ConfigureOidc(o, oidc));

        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, TokenExpiryRevalidation>();
        if (environment.IsDevelopment()) services.AddSingleton<DevelopmentTokens>();
        return services;
    }

    private static Task RedirectLocally(HttpContext http, string redirectUri)
    {
        http.Response.Redirect(Uri.TryCreate(redirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : redirectUri);
        return Task.CompletedTask;
    }

    private static Task RejectExpired(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.HasLiveToken(DateTimeOffset.UtcNow) == true) return Task.CompletedTask;
        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConsoleAuthentication))
            .LogInformation("A session of {Subject} ended: its token expired at {Expires}.",
                context.Principal?.FindFirst(Claims.Subject)?.Value, context.Principal?.ExpiresAt());
        context.RejectPrincipal();
        return context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    private static void ConfigureOidc(OpenIdConnectOptions o, IConfigurationSection oidc)
    {
        o.Authority = oidc["Authority"];
        o.ClientId = oidc["ClientId"];
        o.ClientSecret = oidc["ClientSecret"];
        o.ResponseType = "code";
        o.UsePkce = true;
        o.MapInboundClaims = false;
        o.SaveTokens = false; // the access token goes into the principal below, nothing else is kept
        o.Scope.Clear();
        foreach (var scope in (oidc["Scopes"] ?? "openid profile").Split(' ', StringSplitOptions.RemoveEmptyEntries)) o.Scope.Add(scope);
        o.CallbackPath = "/signin-oidc";
        o.SignedOutCallbackPath = "/signout-callback-oidc";
        var roleClaim = oidc["RoleClaim"] ?? Claims.Role;
        var agencyClaim = oidc["AgencyClaim"] ?? Claims.Agency;
        o.Events.OnTokenValidated = context =>
        {
            // The gateway wants the access token; role and agency come from it, or else from the ID token.
            var accessToken = context.TokenEndpointResponse?.AccessToken;
            if (string.IsNullOrEmpty(accessToken))
            {
                context.Fail("The identity provider gave no access token for the platform.");
                return Task.CompletedTask;
            }
            context.Principal = SignedInUser.FromToken(accessToken, roleClaim, agencyClaim, context.Principal?.Claims);
            return Task.CompletedTask;
        };
    }
}

/// <summary>
/// Checks an open console (a live circuit) every half minute: once its token has expired, the user counts as signed
/// out, and the pages send them to sign in again instead of failing on the next call.
/// </summary>
public sealed class TokenExpiryRevalidation(ILoggerFactory logs) : RevalidatingServerAuthenticationStateProvider(logs)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(30);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct) =>
        Task.FromResult(state.User.HasLiveToken(DateTimeOffset.UtcNow));
}
