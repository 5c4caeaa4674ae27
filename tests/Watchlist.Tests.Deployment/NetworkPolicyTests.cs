using k8s.Models;
using Watchlist.Tests.Deployment.Rendering;

namespace Watchlist.Tests.Deployment;

/// <summary>Who may connect to whom, evaluated from the rendered NetworkPolicies.</summary>
public sealed class NetworkPolicyTests
{
    private static readonly string[] Callers =
        ["gateway", "watchlist", "alerts", "notifications", "console", "postgres", "rabbitmq", "some-other-app"];

    /// <summary>Which pods of the namespace may open a connection to which host; nothing else may.</summary>
    private static readonly Dictionary<string, string[]> AllowedCallers = new()
    {
        ["gateway"] = ["console"], // the console calls the platform back through the gateway
        ["console"] = ["gateway"],
        ["watchlist"] = ["gateway", "alerts"],
        ["alerts"] = ["gateway"],
        ["notifications"] = ["gateway"],
        ["postgres"] = ["watchlist", "alerts", "notifications"],
        ["rabbitmq"] = ["watchlist", "alerts", "notifications"],
    };

    private static readonly Dictionary<string, int> InfrastructurePorts = new() { ["postgres"] = 5432, ["rabbitmq"] = 5672 };

    [Theory]
    [MemberData(nameof(Renders.Every), MemberType = typeof(Renders))]
    public void Ingress_is_denied_by_default(string render)
    {
        var manifests = Manifests.For(render);
        Assert.Contains(manifests.All<V1NetworkPolicy>(), p =>
            p.Spec.PodSelector.Matches(new Dictionary<string, string>()) && p.Spec.PodSelector.MatchExpressions is null or [] &&
            NetworkReachability.PolicyTypes(p).Contains("Ingress") && p.Spec.Ingress is null or []);

        var stranger = Endpoint.Pod(manifests.Namespace, "some-other-app");
        Assert.False(manifests.AllowsIngress(Endpoint.Pod(manifests.Namespace, "gateway"), stranger, 8080));
    }

    [Theory]
    [MemberData(nameof(Renders.Every), MemberType = typeof(Renders))]
    public void Only_the_intended_callers_reach_each_host_and_store(string render)
    {
        var manifests = Manifests.For(render);
        var ns = manifests.Namespace;
        var targets = HostSpec.All.Select(h => (h.Name, h.Port))
            .Concat(manifests.All<V1StatefulSet>().Select(s => (s.Metadata.Name, InfrastructurePorts[s.Metadata.Name])));

        foreach (var (target, port) in targets)
            foreach (var caller in Callers.Where(c => c != target))
            {
                var expected = AllowedCallers[target].Contains(caller);
                var actual = manifests.Allows(Endpoint.Pod(ns, caller), Endpoint.Pod(ns, target), port);
                Assert.True(expected == actual, $"{render}: {caller} → {target}:{port} is {(actual ? "allowed" : "denied")}.");
            }
    }

    [Theory]
    [MemberData(nameof(Renders.Every), MemberType = typeof(Renders))]
    public void Only_the_ingress_controller_reaches_the_gateway_from_outside_the_namespace(string render)
    {
        var manifests = Manifests.For(render);
        var ns = manifests.Namespace;
        var controller = Endpoint.Pod("ingress-nginx", "ingress-nginx");

        Assert.True(manifests.Allows(controller, Endpoint.Pod(ns, "gateway"), 8080));
        foreach (var host in HostSpec.Services)
            Assert.False(manifests.Allows(controller, Endpoint.Pod(ns, host.Name), host.Port),
                $"{render}: the ingress controller reaches {host.Name}.");
        foreach (var host in HostSpec.All)
            Assert.False(manifests.Allows(Endpoint.Pod("elsewhere", "gateway"), Endpoint.Pod(ns, host.Name), host.Port),
                $"{render}: another namespace reaches {host.Name}.");
        foreach (var (store, port) in InfrastructurePorts.Where(s => manifests.All<V1StatefulSet>().Any(set => set.Metadata.Name == s.Key)))
            Assert.False(manifests.Allows(controller, Endpoint.Pod(ns, store), port), $"{render}: the ingress controller reaches {store}.");
    }

    [Fact]
    public void In_prod_the_gateway_cannot_reach_the_external_database_or_broker()
    {
        var prod = Manifests.For(Manifests.Prod);
        var gateway = Endpoint.Pod(prod.Namespace, "gateway");
        var outside = Endpoint.Outside("managed PostgreSQL and RabbitMQ");

        Assert.False(prod.AllowsEgress(gateway, outside, 5432));
        Assert.False(prod.AllowsEgress(gateway, outside, 5672));
        Assert.False(prod.AllowsEgress(gateway, outside, 5671));
        Assert.True(prod.AllowsEgress(gateway, outside, 443)); // the OIDC authority
        Assert.True(prod.AllowsEgress(gateway, Endpoint.Pod("kube-system", "kube-dns"), 53, "UDP"));
        var console = Endpoint.Pod(prod.Namespace, "console");
        Assert.True(prod.Allows(gateway, console, 8084));
        Assert.True(prod.Allows(console, gateway, 8080));
        Assert.True(prod.AllowsEgress(console, outside, 443)); // the OIDC authority
        foreach (var port in new[] { 5432, 5671, 5672 })
            Assert.False(prod.AllowsEgress(console, outside, port), $"the console reaches {port} outside.");
        foreach (var service in HostSpec.Services)
        {
            Assert.False(prod.Allows(console, Endpoint.Pod(prod.Namespace, service.Name), service.Port),
                $"the console reaches {service.Name} directly.");
            Assert.True(prod.Allows(gateway, Endpoint.Pod(prod.Namespace, service.Name), service.Port));
            Assert.True(prod.AllowsEgress(Endpoint.Pod(prod.Namespace, service.Name), outside, 5432),
                $"{service.Name} must reach its database.");
        }
    }
}
