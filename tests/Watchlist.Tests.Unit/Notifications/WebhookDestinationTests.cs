using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Watchlist.Notifications.Delivery.Webhooks;

namespace Watchlist.Tests.Unit.Notifications;

/// <summary>Which receivers a webhook may go to: public ones, and loopback or internal ones only by configuration.</summary>
public sealed class WebhookDestinationTests
{
    private static readonly WebhookDestinations Production = new(false, [], []);

    [Theory]
    [InlineData("8.8.8.8", AddressScope.Public)]
    [InlineData("93.184.216.34", AddressScope.Public)]
    [InlineData("2606:4700:4700::1111", AddressScope.Public)]
    [InlineData("127.0.0.1", AddressScope.Loopback)]
    [InlineData("127.255.0.9", AddressScope.Loopback)]
    [InlineData("::1", AddressScope.Loopback)]
    [InlineData("::ffff:127.0.0.1", AddressScope.Loopback)]
    [InlineData("169.254.169.254", AddressScope.Internal)]
    [InlineData("10.0.0.1", AddressScope.Internal)]
    [InlineData("172.31.255.255", AddressScope.Internal)]
    [InlineData("192.168.0.1", AddressScope.Internal)]
    [InlineData("100.100.100.200", AddressScope.Internal)] // Alibaba's metadata service, in the shared 100.64/10
    [InlineData("0.0.0.0", AddressScope.Internal)]
    [InlineData("224.0.0.251", AddressScope.Internal)]
    [InlineData("255.255.255.255", AddressScope.Internal)]
    [InlineData("198.18.0.1", AddressScope.Internal)]
    [InlineData("::", AddressScope.Internal)]
    [InlineData("fd00::1", AddressScope.Internal)]
    [InlineData("fd00:ec2::254", AddressScope.Internal)] // AWS's metadata service over IPv6
    [InlineData("fe80::1", AddressScope.Internal)]
    [InlineData("ff02::1", AddressScope.Internal)]
    [InlineData("2001:db8::1", AddressScope.Internal)]
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2", AddressScope.Internal)] // Teredo
    [InlineData("::ffff:169.254.169.254", AddressScope.Internal)]
    [InlineData("::169.254.169.254", AddressScope.Internal)]
    [InlineData("64:ff9b::a9fe:a9fe", AddressScope.Internal)]
    [InlineData("64:ff9b::808:808", AddressScope.Public)]
    [InlineData("2002:a9fe:a9fe::1", AddressScope.Internal)]
    [InlineData("2002:808:808::1", AddressScope.Public)]
    public void Addresses_are_scoped_by_the_special_purpose_registries(string address, AddressScope scope) =>
        Assert.Equal(scope, ReceiverAddresses.ScopeOf(IPAddress.Parse(address)));

    [Theory]
    [InlineData("https://cc.example.org/hooks/watchlist", true)]
    [InlineData("http://93.184.216.34:8443/hook", true)]
    [InlineData("https://[2606:4700:4700::1111]/hook", true)]
    [InlineData("https://hooks.example.co.uk./x", true)]
    [InlineData("http://2852039166/", false)]
    [InlineData("http://0251.0376.0251.0376/", false)]
    [InlineData("http://0x7f.1/", false)]
    [InlineData("http://[::ffff:a9fe:a9fe]/", false)]
    [InlineData("http://[fe80::1%25eth0]/", false)]
    [InlineData("http://metadata.google.internal/", false)]
    [InlineData("http://printer.local/", false)]
    [InlineData("http://router.home.arpa/", false)]
    [InlineData("http://LOCALHOST./", false)]
    [InlineData("http://db/", false)]
    [InlineData("https://a:b@cc.example.org/", false)]
    [InlineData("https://cc.example.org/#frag", false)]
    [InlineData("ftp://cc.example.org/", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("/relative/hook", false)]
    [InlineData("", false)]
    public void Creation_accepts_public_http_receivers_only(string url, bool accepted) =>
        Assert.Equal(accepted, Production.RefusalOf(url) is null);

    [Fact]
    public void An_overlong_URL_is_refused() =>
        Assert.NotNull(Production.RefusalOf("https://cc.example.org/" + new string('a', WebhookDestinations.MaxUrlLength)));

    [Fact]
    public void Loopback_needs_the_setting_and_never_opens_the_internal_networks()
    {
        var local = new WebhookDestinations(true, [], []);
        Assert.NotNull(Production.RefusalOf("http://127.0.0.1:9000/hook"));
        Assert.NotNull(Production.RefusalOf("http://localhost:9000/hook"));
        Assert.False(Production.Permits("example.org", IPAddress.Loopback));
        Assert.Null(local.RefusalOf("http://127.0.0.1:9000/hook"));
        Assert.Null(local.RefusalOf("http://localhost:9000/hook"));
        Assert.True(local.Permits("example.org", IPAddress.IPv6Loopback));
        Assert.False(local.Permits("example.org", IPAddress.Parse("169.254.169.254")));
        Assert.NotNull(local.RefusalOf("http://10.0.0.1/hook"));
    }

    [Fact]
    public void Allowed_hosts_and_networks_open_exactly_what_they_name()
    {
        var configured = WebhookDestinations.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Webhooks:AllowedHosts"] = "hooks.corp.internal, *.receivers.svc.cluster.local;10.20.0.0/16 192.168.7.7",
        }).Build(), new Environment("Production"));
        Assert.Null(configured.RefusalOf("https://hooks.corp.internal/x"));
        Assert.True(configured.Permits("hooks.corp.internal", IPAddress.Parse("10.1.2.3")));
        Assert.Null(configured.RefusalOf("http://a.receivers.svc.cluster.local/x"));
        Assert.NotNull(configured.RefusalOf("http://receivers.svc.cluster.local/x"));
        Assert.NotNull(configured.RefusalOf("https://other.corp.internal/x"));
        Assert.False(configured.Permits("other.example.org", IPAddress.Parse("10.1.2.3")));
        Assert.True(configured.Permits("other.example.org", IPAddress.Parse("10.20.5.6")));
        Assert.Null(configured.RefusalOf("http://192.168.7.7/x"));
        Assert.NotNull(configured.RefusalOf("http://192.168.7.8/x"));
        Assert.NotNull(configured.RefusalOf("http://127.0.0.1/x"));
    }

    [Theory]
    [InlineData("Development", null, true)]
    [InlineData("Development", "false", false)]
    [InlineData("Production", null, false)]
    [InlineData("Production", "true", true)]
    public void Loopback_is_allowed_by_default_in_Development_only(string environment, string? setting, bool allowed)
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Webhooks:AllowLoopback"] = setting })
            .Build();
        Assert.Equal(allowed, WebhookDestinations.From(config, new Environment(environment)).Permits("localhost", IPAddress.Loopback));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = "/";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
