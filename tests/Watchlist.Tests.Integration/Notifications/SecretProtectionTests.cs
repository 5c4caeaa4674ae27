using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Npgsql;
using Watchlist.Notifications.Delivery.Webhooks;
using Watchlist.Notifications.Subscriptions;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Notifications;

/// <summary>
/// The production set-up of webhook-secret sealing, on real PostgreSQL: the key ring in the database with each key
/// encrypted by a PEM certificate (as mounted from a Kubernetes Secret), readable by another process with the same
/// certificate; and no start outside Development without one.
/// </summary>
public sealed class SecretProtectionTests : IAsyncLifetime
{
    private const string Schema = "t_secretprotection";
    private const string Secret = "whsec_Zk3q8Rb1hN0tPlAiNtExTs3cR3tK3yZz";
    private readonly string _directory = Directory.CreateTempSubdirectory("dp-cert").FullName;

    public Task InitializeAsync() => TestSchemas.DropAsync(Schema);

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Keys_in_PostgreSQL_are_wrapped_by_the_certificate_and_open_in_another_process()
    {
        var (certificate, key) = WriteCertificate();
        var settings = Settings(("DataProtection:CertificatePath", certificate), ("DataProtection:CertificateKeyPath", key));
        var target = new WebhookTarget("https://cc.example.org/hook", Vault(settings).Seal(Secret));

        Assert.Equal(Convert.FromBase64String(Secret["whsec_".Length..]), Vault(settings).KeyOf(target)); // a second "process"
        var stored = await KeyRingAsync();
        Assert.NotEmpty(stored);
        Assert.All(stored, xml => Assert.Contains("EncryptedData", xml));
        Assert.All(stored, xml => Assert.DoesNotContain("<masterKey", xml));

        var (otherCertificate, otherKey) = WriteCertificate();
        var stranger = Vault(
            Settings(("DataProtection:CertificatePath", otherCertificate), ("DataProtection:CertificateKeyPath", otherKey)));
        Assert.Null(stranger.KeyOf(target)); // the database without the certificate opens nothing
    }

    [Fact]
    public void Outside_Development_the_host_does_not_start_without_a_certificate()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => new ServiceCollection().AddSecretProtection(Settings(), Environment("Production")));
        Assert.Contains("DataProtection:CertificatePath", error.Message);
    }

    private IConfiguration Settings(params (string Key, string Value)[] extra) => new ConfigurationBuilder().AddInMemoryCollection(
        new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = TestEnvironment.Postgres, ["Marten:Schema"] = Schema }
            .Concat(extra.Select(e => KeyValuePair.Create(e.Key, (string?)e.Value)))).Build();

    private static WebhookSecretVault Vault(IConfiguration settings) =>
        new ServiceCollection().AddLogging().AddSecretProtection(settings, Environment("Production"))
            .BuildServiceProvider().GetRequiredService<WebhookSecretVault>();

    private static IHostEnvironment Environment(string name) => new HostingEnvironment { EnvironmentName = name };

    private (string Certificate, string Key) WriteCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(
            "CN=watchlist-notifications-data-protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var name = Path.Combine(_directory, Guid.NewGuid().ToString("N"));
        File.WriteAllText(name + ".crt", certificate.ExportCertificatePem());
        File.WriteAllText(name + ".key", rsa.ExportPkcs8PrivateKeyPem());
        return (name + ".crt", name + ".key");
    }

    private static async Task<List<string>> KeyRingAsync()
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand($"SELECT xml FROM \"{Schema}\".data_protection_keys", connection);
        await using var reader = await select.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
