using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Watchlist.ServiceDefaults.Auth;

public static class JwtAuthentication
{
    /// <summary>
    /// Bearer tokens on every host. The development key is trusted only in Development, so a
    /// leaked development token is worthless anywhere else; elsewhere the configured authority
    /// or an explicitly configured key is required, and a host without either refuses to start.
    /// </summary>
    public static IServiceCollection AddWatchlistAuthentication(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = configuration.GetSection(JwtSettings.Section).Get<JwtSettings>() ?? new JwtSettings();
        if (settings.MaxLifetime <= TimeSpan.Zero || settings.ClockSkew < TimeSpan.Zero || settings.ClockSkew >= settings.MaxLifetime)
            throw new InvalidOperationException("Jwt:MaxLifetime must be positive, and Jwt:ClockSkew at least zero and shorter than it.");
        var key = settings.SigningKey;
        if (key == JwtSettings.DevelopmentSigningKey && !environment.IsDevelopment())
            throw new InvalidOperationException(
                "The development JWT signing key is accepted only in Development. " +
                "Configure Jwt:Authority or a real Jwt:SigningKey.");
        if (key is null && settings.Authority is null)
        {
            if (!environment.IsDevelopment())
                throw new InvalidOperationException(
                    "No token issuer is configured. Set Jwt:Authority (OIDC) or Jwt:SigningKey with Jwt:Issuer.");
            key = JwtSettings.DevelopmentSigningKey;
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.Authority = settings.Authority;
            options.RequireHttpsMetadata = !environment.IsDevelopment();
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = settings.Issuer,
                ValidAudience = settings.Audience,
                ValidateIssuer = true,
                ValidateAudience = true,
                RequireAudience = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                IssuerSigningKey = key is null ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)),
                NameClaimType = Claims.Subject,
                RoleClaimType = Claims.Role,
                ClockSkew = settings.ClockSkew,
            };
            options.TokenHandlers.Clear();
            options.TokenHandlers.Add(new WatchlistTokenHandler(settings, TimeProvider.System));
            // Why a token failed is for the log (the handler logs it), not for whoever presented it: RFC 6750 needs no more.
            options.IncludeErrorDetails = false;
            options.Events = new JwtBearerEvents
            {
                OnChallenge = context =>
                {
                    if (context.AuthenticateFailure is not null) context.Error = "invalid_token";
                    return Task.CompletedTask;
                },
            };
        });

        services.AddAuthorizationBuilder().AddWatchlistPolicies();
        return services;
    }

    private static AuthorizationBuilder AddWatchlistPolicies(this AuthorizationBuilder builder)
    {
        foreach (var (policy, roles) in Policies.RolesByPolicy)
            builder.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        return builder;
    }
}
