using k8s.Models;

namespace Watchlist.Tests.Deployment.Rendering;

/// <summary>One end of a connection: a pod (namespace and labels) or an address outside the cluster.</summary>
public sealed record Endpoint(string Description, string? Namespace, IDictionary<string, string> Labels)
{
    public bool IsExternal => Namespace is null;

    public static Endpoint Pod(string ns, string name) =>
        new($"{name} in {ns}", ns, new Dictionary<string, string> { ["app.kubernetes.io/name"] = name });

    public static Endpoint Outside(string description) => new(description, null, new Dictionary<string, string>());

    /// <summary>The namespace's labels as the API server sets them since Kubernetes 1.22.</summary>
    public IDictionary<string, string> NamespaceLabels =>
        new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = Namespace ?? "" };
}

/// <summary>
/// Evaluates NetworkPolicies as the API defines them: a pod selected by no policy of a direction
/// is open in that direction; a selected pod admits what at least one of its policies allows.
/// ipBlock peers are taken to match every address, pods' included: that errs towards "allowed",
/// which is the safe side for the tests that expect a connection to be refused.
/// </summary>
public static class NetworkReachability
{
    public static bool AllowsIngress(this Manifests manifests, Endpoint source, Endpoint target, int port, string protocol = "TCP")
    {
        var policies = Selecting(manifests, target, "Ingress").ToList();
        if (policies.Count == 0)
            return true;
        return policies.Any(p => (p.Spec.Ingress ?? []).Any(rule =>
            PortMatches(rule.Ports, port, protocol) && PeersMatch(rule.FromProperty, Namespace(manifests, p), source)));
    }

    public static bool AllowsEgress(this Manifests manifests, Endpoint source, Endpoint destination, int port, string protocol = "TCP")
    {
        var policies = Selecting(manifests, source, "Egress").ToList();
        if (policies.Count == 0)
            return true;
        return policies.Any(p => (p.Spec.Egress ?? []).Any(rule =>
            PortMatches(rule.Ports, port, protocol) && PeersMatch(rule.To, Namespace(manifests, p), destination)));
    }

    /// <summary>Whether a connection gets through both the source's egress and the target's ingress policies.</summary>
    public static bool Allows(this Manifests manifests, Endpoint source, Endpoint target, int port) =>
        (source.IsExternal || manifests.AllowsEgress(source, target, port)) &&
        (target.IsExternal || manifests.AllowsIngress(source, target, port));

    public static IEnumerable<string> PolicyTypes(V1NetworkPolicy policy) =>
        policy.Spec.PolicyTypes is { Count: > 0 } types
            ? types
            : policy.Spec.Egress is { Count: > 0 } ? ["Ingress", "Egress"] : ["Ingress"];

    private static IEnumerable<V1NetworkPolicy> Selecting(Manifests manifests, Endpoint pod, string direction) =>
        pod.IsExternal
            ? []
            : manifests.All<V1NetworkPolicy>().Where(p =>
                Namespace(manifests, p) == pod.Namespace &&
                p.Spec.PodSelector.Matches(pod.Labels) &&
                PolicyTypes(p).Contains(direction));

    private static string Namespace(Manifests manifests, V1NetworkPolicy policy) =>
        policy.Metadata.NamespaceProperty ?? manifests.Namespace;

    private static bool PortMatches(IList<V1NetworkPolicyPort>? ports, int port, string protocol)
    {
        if (ports is null || ports.Count == 0)
            return true;
        return ports.Any(p =>
        {
            if ((p.Protocol ?? "TCP") != protocol)
                return false;
            if (p.Port is null)
                return true;
            Assert.True(int.TryParse(p.Port.Value, out var number),
                $"NetworkPolicy port {p.Port.Value}: use numbers, named ports are not checked here.");
            return p.EndPort is { } end ? port >= number && port <= end : port == number;
        });
    }

    private static bool PeersMatch(IList<V1NetworkPolicyPeer>? peers, string policyNamespace, Endpoint endpoint)
    {
        if (peers is null || peers.Count == 0)
            return true;
        return peers.Any(peer =>
        {
            if (peer.IpBlock is not null)
                return true;
            if (endpoint.IsExternal)
                return false;
            var namespaceMatches = peer.NamespaceSelector is null
                ? endpoint.Namespace == policyNamespace
                : peer.NamespaceSelector.Matches(endpoint.NamespaceLabels);
            var podMatches = peer.PodSelector is null || peer.PodSelector.Matches(endpoint.Labels);
            return namespaceMatches && podMatches;
        });
    }
}
