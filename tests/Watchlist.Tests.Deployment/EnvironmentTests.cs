using System.Text.RegularExpressions;
using k8s.Models;
using Watchlist.Tests.Deployment.Rendering;

namespace Watchlist.Tests.Deployment;

/// <summary>What makes dev a development environment and prod a production one.</summary>
public sealed partial class EnvironmentTests
{
    private const string DevelopmentSigningKey = "watchlist-development-signing-key-not-for-production-use";

    private static readonly Manifests Dev = Manifests.For(Manifests.Dev);
    private static readonly Manifests Prod = Manifests.For(Manifests.Prod);

    [Fact]
    public void Dev_is_Development_with_the_development_token_issuer()
    {
        foreach (var host in HostSpec.All)
        {
            var env = Dev.Resolve(Dev.Deployment(host.Name).Spec.Template.Spec.Containers[0]);
            Assert.Equal("Development", env["ASPNETCORE_ENVIRONMENT"].Value);
            Assert.Equal("watchlist-dev", env["Jwt__Issuer"].Value);
            Assert.Equal("watchlist", env["Jwt__Audience"].Value);
            Assert.Equal(DevelopmentSigningKey, env["Jwt__SigningKey"].Value);
        }
    }

    [Fact]
    public void Dev_renders_every_Secret_and_ConfigMap_its_pods_refer_to()
    {
        foreach (var (workload, template) in Dev.PodTemplates)
        {
            var pod = template.Spec;
            foreach (var container in pod.Containers)
            {
                foreach (var variable in container.Env ?? [])
                {
                    if (variable.ValueFrom?.SecretKeyRef is { } secretKey)
                    {
                        var secret = Dev.Secret(secretKey.Name);
                        Assert.True(secret is not null, $"{workload}: Secret {secretKey.Name} (for {variable.Name}) is not in dev.");
                        Assert.NotEmpty(ContainerEnvironment.SecretValue(secret, secretKey.Key, Dev.Name));
                    }
                }
                Dev.Resolve(container); // fails on a missing ConfigMap or key
            }
            foreach (var volume in pod.Volumes ?? [])
                if (volume.ConfigMap is { } map)
                    Assert.True(Dev.ConfigMap(map.Name) is not null, $"{workload}: ConfigMap {map.Name} is not in dev.");
        }
    }

    [Fact]
    public void Dev_connection_strings_lead_to_the_in_cluster_PostgreSQL_with_its_credentials_and_databases()
    {
        var postgres = Dev.StatefulSet("postgres");
        var postgresEnv = Dev.Resolve(postgres.Spec.Template.Spec.Containers[0]);
        var created = CreatedDatabases();
        var postgresPort = Dev.Service("postgres").Spec.Ports.Single().Port;

        foreach (var service in HostSpec.Services)
        {
            var env = Dev.Resolve(Dev.Deployment(service.Name).Spec.Template.Spec.Containers[0]);
            var parts = ConnectionString(env["ConnectionStrings__Postgres"].Value!);
            Assert.Equal(postgres.Spec.ServiceName, parts["host"]);
            Assert.Equal(postgresPort.ToString(), parts["port"]);
            Assert.Equal(service.Database, parts["database"]);
            Assert.Contains(service.Database!, created);
            Assert.Equal(postgresEnv["POSTGRES_USER"].Value, parts["username"]);
            Assert.Equal(postgresEnv["POSTGRES_PASSWORD"].Value, parts["password"]);
        }
    }

    [Fact]
    public void Dev_broker_URL_leads_to_the_in_cluster_RabbitMQ_with_its_credentials()
    {
        var rabbit = Dev.StatefulSet("rabbitmq");
        var rabbitEnv = Dev.Resolve(rabbit.Spec.Template.Spec.Containers[0]);
        var amqp = Dev.Service("rabbitmq").Spec.Ports.Single(p => p.Name == "amqp").Port;

        foreach (var service in HostSpec.Services)
        {
            var env = Dev.Resolve(Dev.Deployment(service.Name).Spec.Template.Spec.Containers[0]);
            var url = new Uri(env["RABBITMQ_URL"].Value!);
            Assert.Equal("amqp", url.Scheme);
            Assert.Equal(rabbit.Spec.ServiceName, url.Host);
            Assert.Equal(amqp, url.Port);
            Assert.Equal($"{rabbitEnv["RABBITMQ_DEFAULT_USER"].Value}:{rabbitEnv["RABBITMQ_DEFAULT_PASS"].Value}",
                Uri.UnescapeDataString(url.UserInfo));
        }
    }

    [Fact]
    public void Prod_runs_no_database_or_broker_in_the_cluster()
    {
        Assert.Empty(Prod.All<V1StatefulSet>());
        Assert.Empty(Prod.All<V1PersistentVolumeClaim>());
        Assert.DoesNotContain(Prod.All<V1Service>(), s => s.Metadata.Name is "postgres" or "rabbitmq");
        Assert.Equal(HostSpec.All.Select(h => h.Name).Order(), Prod.All<V1Deployment>().Select(d => d.Metadata.Name).Order());
    }

    [Fact]
    public void Prod_commits_no_credentials_and_every_host_takes_its_Secrets_from_the_cluster()
    {
        Assert.Empty(Prod.All<V1Secret>());
        foreach (var host in HostSpec.All)
        {
            var env = Prod.Resolve(Prod.Deployment(host.Name).Spec.Template.Spec.Containers[0]);
            Assert.False(env.ContainsKey("Jwt__SigningKey"),
                $"prod/{host.Name} has a symmetric signing key; prod trusts the OIDC authority.");
            Assert.All(env.Values.Where(v => v.Source == EnvSource.Secret), v => Assert.True(v.IsExternalSecret));
        }
        Assert.All(Prod.All<V1ConfigMap>(), map => Assert.DoesNotContain(DevelopmentSigningKey, string.Join('\n', map.Data.Values)));
    }

    [Fact]
    public void Prod_declares_quorum_queues_in_every_service()
    {
        foreach (var service in HostSpec.Services)
        {
            var env = Prod.Resolve(Prod.Deployment(service.Name).Spec.Template.Spec.Containers[0]);
            Assert.Equal("true", env["Messaging__QuorumQueues"].Value);
        }
    }

    [Fact]
    public void Prod_is_Production_and_trusts_an_HTTPS_authority()
    {
        foreach (var host in HostSpec.All)
        {
            var env = Prod.Resolve(Prod.Deployment(host.Name).Spec.Template.Spec.Containers[0]);
            Assert.Equal("Production", env["ASPNETCORE_ENVIRONMENT"].Value);
            // Outside Development the hosts demand HTTPS metadata from the authority.
            Assert.Equal("https", new Uri(env["Jwt__Authority"].Value!).Scheme);
            Assert.False(string.IsNullOrEmpty(env["Jwt__Issuer"].Value));
            Assert.Equal("watchlist", env["Jwt__Audience"].Value);
        }
    }

    /// <summary>
    /// Outside Development the notifications host refuses to start without the certificate that encrypts the Data
    /// Protection keys sealing webhook secrets; prod takes it, read-only, from a Secret created in the cluster.
    /// </summary>
    [Fact]
    public void Prod_notifications_read_the_key_ring_certificate_from_a_Secret_and_dev_needs_none()
    {
        var pod = Prod.Deployment("notifications").Spec.Template.Spec;
        var env = Prod.Resolve(pod.Containers[0]);
        foreach (var setting in new[] { "DataProtection__CertificatePath", "DataProtection__CertificateKeyPath" })
        {
            var path = env[setting].Value!;
            var mount = Assert.Single(pod.Containers[0].VolumeMounts, m => path.StartsWith(m.MountPath + "/", StringComparison.Ordinal));
            Assert.True(mount.ReadOnlyProperty);
            var volume = Assert.Single(pod.Volumes, v => v.Name == mount.Name);
            Assert.Equal("notifications-data-protection", volume.Secret?.SecretName);
            Assert.Contains(Path.GetFileName(path), new[] { "tls.crt", "tls.key" }); // the keys of `kubectl create secret tls`
            Assert.Null(Prod.Secret(volume.Secret!.SecretName)); // created in the cluster, never committed
        }
        var keyRing = Prod.Deployment("notifications").Spec.Template.Spec.Volumes.Single(v => v.Name == "data-protection");
        Assert.True((keyRing.Secret.DefaultMode & 0x124) == 0x124, "the non-root user reads the files");

        var devEnv = Dev.Resolve(Dev.Deployment("notifications").Spec.Template.Spec.Containers[0]);
        Assert.Equal("Development", devEnv["ASPNETCORE_ENVIRONMENT"].Value);
        Assert.False(devEnv.ContainsKey("DataProtection__CertificatePath"));
        foreach (var host in HostSpec.All.Where(h => h.Name != "notifications"))
            Assert.False(Prod.Resolve(Prod.Deployment(host.Name).Spec.Template.Spec.Containers[0])
                .ContainsKey("DataProtection__CertificatePath"));
    }

    /// <summary>
    /// Outside Development the console signs people in with OpenID Connect over HTTPS (its client secret from a Secret created
    /// in the cluster) and seals sessions with a key ring every replica shares, mounted read-only; dev has the sign-in form.
    /// </summary>
    [Fact]
    public void Prod_console_signs_in_with_OpenID_Connect_and_shares_a_read_only_key_ring()
    {
        var pod = Prod.Deployment("console").Spec.Template.Spec;
        var env = Prod.Resolve(pod.Containers[0]);
        Assert.Equal("https", new Uri(env["Oidc__Authority"].Value!).Scheme);
        Assert.False(string.IsNullOrEmpty(env["Oidc__ClientId"].Value));
        Assert.True(env["Oidc__ClientSecret"].IsExternalSecret);
        var path = env["DataProtection__KeyRingPath"].Value!;
        var mount = Assert.Single(pod.Containers[0].VolumeMounts, m => m.MountPath == path);
        Assert.True(mount.ReadOnlyProperty);
        var volume = Assert.Single(pod.Volumes, v => v.Name == mount.Name);
        Assert.Null(Prod.Secret(volume.Secret!.SecretName)); // created in the cluster, never committed
        Assert.True((volume.Secret.DefaultMode & 0x124) == 0x124, "the non-root user reads the files");

        var devEnv = Dev.Resolve(Dev.Deployment("console").Spec.Template.Spec.Containers[0]);
        Assert.False(devEnv.ContainsKey("Oidc__Authority"));
        Assert.False(devEnv.ContainsKey("DataProtection__KeyRingPath"));
    }

    private static HashSet<string> CreatedDatabases()
    {
        var postgres = Dev.StatefulSet("postgres").Spec.Template.Spec;
        var mount = Assert.Single(postgres.Containers[0].VolumeMounts, m => m.MountPath == "/docker-entrypoint-initdb.d");
        var map = Dev.ConfigMap(postgres.Volumes.Single(v => v.Name == mount.Name).ConfigMap.Name);
        Assert.NotNull(map);
        var script = string.Join('\n', map.Data.Where(f => f.Key.EndsWith(".sql", StringComparison.Ordinal)).Select(f => f.Value));
        var databases = CreateDatabase().Matches(script).Select(m => m.Groups[1].Value).ToHashSet();

        // The image creates POSTGRES_DB itself; the script creating it again would abort the init.
        var env = Dev.Resolve(postgres.Containers[0]);
        var imageDatabase = env.TryGetValue("POSTGRES_DB", out var db) ? db.Value : env["POSTGRES_USER"].Value;
        Assert.DoesNotContain(imageDatabase!, databases);
        return databases;
    }

    private static Dictionary<string, string> ConnectionString(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(kv => kv[0].Trim().ToLowerInvariant(), kv => kv[1].Trim());

    [GeneratedRegex(@"CREATE\s+DATABASE\s+""?(\w+)""?", RegexOptions.IgnoreCase)]
    private static partial Regex CreateDatabase();
}
