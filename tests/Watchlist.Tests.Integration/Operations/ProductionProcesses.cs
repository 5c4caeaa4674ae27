using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Operations;

/// <summary>
/// The four hosts as their own processes in the Production environment (JSON logs, no development key), on the test's
/// schemas and queues, so a test reads exactly what each process writes to its console.
/// </summary>
/// <param name="postgresOf">Each service's connection string (default: the test database, every service in its own schema).</param>
public sealed class ProductionProcesses(RabbitMqFixture rabbit, string tag, Func<string, string>? postgresOf = null) : IAsyncDisposable
{
    /// <summary>Tokens for these hosts are signed with this key (the development key is refused outside Development).</summary>
    public const string SigningKey = "operations-test-signing-key-0123456789abcdef";

    private readonly string _prefix = $"{tag}{Guid.NewGuid():N}"[..12];
    private readonly string _directory = Directory.CreateTempSubdirectory("ops-dp").FullName;
    private readonly List<ServiceProcess> _started = [];

    public ServiceProcess Watchlist { get; private set; } = null!;
    public ServiceProcess Alerts { get; private set; } = null!;
    public ServiceProcess Notifications { get; private set; } = null!;
    public ServiceProcess Gateway { get; private set; } = null!;
    public IReadOnlyList<ServiceProcess> All => _started;

    public string Schema(string service) => $"{_prefix}_{service}";

    /// <summary>What the hosts' queues and exchanges are named with.</summary>
    public string Prefix => $"{_prefix}-";

    /// <param name="keepData">Start on what the schemas hold (after <see cref="StopAsync"/>) instead of empty ones.</param>
    public async Task StartAsync(IReadOnlyDictionary<string, string>? extra = null, bool keepData = false)
    {
        // A host that fails to start fails the test; the ones that did start must not outlive it.
        try { await StartAllAsync(extra, keepData); }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartAllAsync(IReadOnlyDictionary<string, string>? extra, bool keepData)
    {
        if (!keepData) await TestSchemas.DropAsync(Schema("watchlist"), Schema("alerts"), Schema("notifications"));
        var (certificate, key) = WriteCertificate();
        var services = await Task.WhenAll(
            StartAsync("services/watchlist", "Watchlist.WatchlistService", Service("watchlist", extra)),
            StartAsync("services/alerts", "Watchlist.Alerts", Service("alerts", extra)),
            StartAsync("services/notifications", "Watchlist.Notifications", new Dictionary<string, string>(Service("notifications", extra))
            {
                ["DataProtection:CertificatePath"] = certificate, ["DataProtection:CertificateKeyPath"] = key,
            }));
        (Watchlist, Alerts, Notifications) = (services[0], services[1], services[2]);
        Gateway = await StartAsync("gateway", "Watchlist.Gateway", new Dictionary<string, string>(Common(extra))
        {
            ["Services:Watchlist"] = Watchlist.Address.ToString(),
            ["Services:Alerts"] = Alerts.Address.ToString(),
            ["Services:Notifications"] = Notifications.Address.ToString(),
        });
    }

    /// <summary>A new watchlist process on the same schema, queues and address (the gateway's routes still hold): what a
    /// restarted pod would be. The caller has killed the old one.</summary>
    public async Task RestartWatchlistAsync(IReadOnlyDictionary<string, string>? extra = null)
    {
        var old = Watchlist;
        Watchlist = await StartAsync("services/watchlist", "Watchlist.WatchlistService", Service("watchlist", extra), old.Address);
        lock (_started) _started.Remove(old);
        await old.DisposeAsync();
    }

    public HttpClient Client(string role, string agency = "VN-MPS", string? subject = null, Uri? address = null)
    {
        var client = new HttpClient { BaseAddress = address ?? Gateway.Address };
        client.DefaultRequestHeaders.Authorization = new("Bearer", DevTokens.Issue(role, agency, subject, SigningKey));
        return client;
    }

    private async Task<ServiceProcess> StartAsync(string project, string assembly, Dictionary<string, string> settings,
        Uri? address = null)
    {
        var process = await ServiceProcess.StartAsync(project, assembly, settings, environment: "Production", address);
        lock (_started) _started.Add(process);
        return process;
    }

    private Dictionary<string, string> Service(string service, IReadOnlyDictionary<string, string>? extra)
    {
        var settings = new Dictionary<string, string>(Common(extra))
        {
            ["ConnectionStrings:Postgres"] = postgresOf?.Invoke(service) ?? TestEnvironment.Postgres,
            ["Marten:Schema"] = Schema(service),
            ["EventStore:DaemonMode"] = "Solo",
            ["RABBITMQ_URL"] = rabbit.Url,
            ["Messaging:EndpointPrefix"] = Prefix,
            ["Messaging:TemporaryEndpoints"] = "true",
        };
        // The test's own settings win, e.g. durable queues for a test whose queues must outlive the hosts.
        foreach (var (name, value) in extra ?? new Dictionary<string, string>()) settings[name] = value;
        return settings;
    }

    private static readonly string PseudonymKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string MasterKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The personal-data keys of these hosts as environment variables, for a script that runs a host of its own (the
    /// rebuild opens sealed raisings with them).</summary>
    public static IReadOnlyDictionary<string, string> PersonalDataKeys => new Dictionary<string, string>
    {
        ["PersonalData__PseudonymKey"] = PseudonymKey, ["PersonalData__MasterKey"] = MasterKey,
    };

    private static Dictionary<string, string> Common(IReadOnlyDictionary<string, string>? extra)
    {
        var settings = new Dictionary<string, string>
        {
            ["Jwt:SigningKey"] = SigningKey,
            // Production refuses to start without the personal-data keys that live outside the database (decision 0039).
            ["PersonalData:PseudonymKey"] = PseudonymKey,
            ["PersonalData:MasterKey"] = MasterKey,
            // Production's levels are the hosts' own appsettings; the test logs at least as much as production would.
            ["Logging:LogLevel:Default"] = "Information",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) settings[key] = value;
        return settings;
    }

    /// <summary>Once per instance: the key ring in the notifications database is encrypted with it, across restarts.</summary>
    private (string Certificate, string Key) WriteCertificate()
    {
        var name = Path.Combine(_directory, "dp");
        if (File.Exists(name + ".key")) return (name + ".crt", name + ".key");
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=watchlist-operations-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(name + ".crt", certificate.ExportCertificatePem());
        File.WriteAllText(name + ".key", rsa.ExportPkcs8PrivateKeyPem());
        return (name + ".crt", name + ".key");
    }

    /// <summary>Kills every host (SIGKILL, as a lost server would); <see cref="StartAsync"/> with keepData starts them again.</summary>
    public async Task StopAsync()
    {
        foreach (var process in _started) await process.DisposeAsync();
        _started.Clear();
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync()
    {
        // Twice is safe: a failed start disposes, and so does the test.
        await StopAsync();
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}
