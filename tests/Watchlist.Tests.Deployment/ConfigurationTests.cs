using Watchlist.Tests.Deployment.Rendering;

namespace Watchlist.Tests.Deployment;

/// <summary>
/// The settings each host reads (ASP.NET Core configuration, so `__` for `:`) are set in every
/// overlay, credentials come from Secrets, and the values agree with the rest of the manifests.
/// </summary>
public sealed class ConfigurationTests
{
    [Theory]
    [MemberData(nameof(Renders.OverlaysWithEachHost), MemberType = typeof(Renders))]
    public void Every_setting_the_host_needs_is_set(string render, string host)
    {
        var (manifests, spec, container) = HostWorkloadTests.Load(render, host);
        var env = manifests.Resolve(container);

        var required = new List<string> { "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT", "Jwt__Issuer", "Jwt__Audience" };
        if (spec.IsService)
            required.AddRange(["ConnectionStrings__Postgres", "RABBITMQ_URL", "EventStore__DaemonMode", "Messaging__QuorumQueues"]);
        else if (spec.IsConsole)
        {
            required.Add("Gateway__Url");
            // Outside Development the console signs people in with OpenID Connect and shares its session keys.
            if (render == Manifests.Prod)
                required.AddRange(["Oidc__Authority", "Oidc__ClientId", "Oidc__ClientSecret", "DataProtection__KeyRingPath"]);
        }
        else
            required.AddRange(["Services__Watchlist", "Services__Alerts", "Services__Notifications"]);
        foreach (var name in required)
            Assert.True(env.TryGetValue(name, out var setting) && (setting.Value is { Length: > 0 } || setting.IsExternalSecret),
                $"{render}/{host}: {name} is not set.");

        // A host outside Development refuses to start without one of the two.
        Assert.True(env.ContainsKey("Jwt__SigningKey") || env.ContainsKey("Jwt__Authority"),
            $"{render}/{host}: neither Jwt__SigningKey nor Jwt__Authority.");
    }

    [Theory]
    [MemberData(nameof(Renders.OverlaysWithEachService), MemberType = typeof(Renders))]
    public void Services_run_projections_hot_cold_because_replicas_share_the_event_store(string render, string host)
    {
        var (manifests, _, container) = HostWorkloadTests.Load(render, host);
        var env = manifests.Resolve(container);

        Assert.Equal("HotCold", env["EventStore__DaemonMode"].Value);
        Assert.True(bool.TryParse(env["Messaging__QuorumQueues"].Value, out _), "Messaging__QuorumQueues must be true or false.");
        // The services refuse anything but an amqp(s) URL; prod's lives in a Secret outside git.
        var broker = env["RABBITMQ_URL"];
        if (!broker.IsExternalSecret)
            Assert.True(Uri.TryCreate(broker.Value, UriKind.Absolute, out var url) && url.Scheme is "amqp" or "amqps",
                $"{render}/{host}: RABBITMQ_URL {broker.Value} is not amqp(s).");
    }

    [Theory]
    [MemberData(nameof(Renders.OverlaysWithEachHost), MemberType = typeof(Renders))]
    public void Credentials_come_from_Secrets_and_the_gateway_holds_none_for_the_database_or_broker(string render, string host)
    {
        var (manifests, spec, container) = HostWorkloadTests.Load(render, host);
        var env = manifests.Resolve(container);

        foreach (var name in new[] { "ConnectionStrings__Postgres", "RABBITMQ_URL", "Jwt__SigningKey", "Oidc__ClientSecret" })
            if (env.TryGetValue(name, out var setting))
                Assert.True(setting.Source == EnvSource.Secret, $"{render}/{host}: {name} comes from a {setting.Source}, not a Secret.");

        if (!spec.IsService)
        {
            Assert.False(env.ContainsKey("ConnectionStrings__Postgres"));
            Assert.False(env.ContainsKey("RABBITMQ_URL"));
        }
    }

    [Theory]
    [MemberData(nameof(Renders.Overlays), MemberType = typeof(Renders))]
    public void The_gateway_finds_each_service_at_its_Service_and_port(string render)
    {
        var manifests = Manifests.For(render);
        var env = manifests.Resolve(manifests.Deployment("gateway").Spec.Template.Spec.Containers[0]);

        foreach (var service in HostSpec.Services)
        {
            var key = "Services__" + char.ToUpperInvariant(service.Name[0]) + service.Name[1..];
            var url = new Uri(env[key].Value!);
            Assert.Equal("http", url.Scheme);
            Assert.Contains(manifests.Service(url.Host).Spec.Ports, p => p.Port == url.Port);
            Assert.Equal(service.Name, url.Host);
        }
    }

    [Theory]
    [MemberData(nameof(Renders.Overlays), MemberType = typeof(Renders))]
    public void The_gateway_and_the_console_find_each_other_at_their_Services(string render)
    {
        var manifests = Manifests.For(render);
        var gateway = manifests.Resolve(manifests.Deployment("gateway").Spec.Template.Spec.Containers[0]);
        var console = manifests.Resolve(manifests.Deployment("console").Spec.Template.Spec.Containers[0]);

        foreach (var (url, host) in new[]
        {
            (new Uri(gateway["Services__Console"].Value!), HostSpec.Console),
            (new Uri(console["Gateway__Url"].Value!), HostSpec.Gateway),
        })
        {
            Assert.Equal("http", url.Scheme);
            Assert.Equal(host.Name, url.Host);
            Assert.Contains(manifests.Service(url.Host).Spec.Ports, p => p.Port == url.Port);
        }
    }
}
