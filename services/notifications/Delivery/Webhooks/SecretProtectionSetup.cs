using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Watchlist.ServiceDefaults.EventStore;

namespace Watchlist.Notifications.Delivery.Webhooks;

/// <summary>
/// Data Protection for webhook secrets. The key ring lives in PostgreSQL (<see cref="PostgresKeyRing"/>); outside
/// Development each key in it is encrypted with the certificate at <c>DataProtection:CertificatePath</c> (PEM, with its
/// private key at <c>DataProtection:CertificateKeyPath</c>), mounted from a Kubernetes Secret, so neither a database
/// dump nor the Secret alone opens a webhook secret. Development keeps the keys unwrapped, which Data Protection logs.
/// </summary>
public static class SecretProtectionSetup
{
    public const string ApplicationName = "watchlist-notifications";

    public static IServiceCollection AddSecretProtection(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var store = configuration.ReadEventStoreSettings("notifications");
        var protection = services.AddDataProtection().SetApplicationName(ApplicationName);
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = new PostgresKeyRing(store.ConnectionString, store.Schema));
        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificate)
            protection.ProtectKeysWithCertificate(
                X509Certificate2.CreateFromPemFile(certificate, configuration["DataProtection:CertificateKeyPath"]));
        else if (!environment.IsDevelopment())
            throw new InvalidOperationException(
                "DataProtection:CertificatePath (env DataProtection__CertificatePath) is required outside Development: " +
                "it encrypts the keys that seal webhook secrets.");
        services.AddSingleton<WebhookSecretVault>();
        services.AddHostedService<WebhookSecretMigration>();
        return services;
    }
}
