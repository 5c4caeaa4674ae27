using k8s.Models;
using Watchlist.Tests.Deployment.Rendering;

namespace Watchlist.Tests.Deployment;

/// <summary>Each host's Deployment and Service, in the base and in every overlay.</summary>
public sealed class HostWorkloadTests
{
    private const string NameLabel = "app.kubernetes.io/name";

    [Theory]
    [MemberData(nameof(Renders.EveryWithEachHost), MemberType = typeof(Renders))]
    public void The_container_listens_where_ASPNETCORE_URLS_and_the_Service_say(string render, string host)
    {
        var (manifests, spec, container) = Load(render, host);

        var http = Assert.Single(container.Ports, p => p.Name == "http");
        Assert.Equal(spec.Port, http.ContainerPort);
        var urls = container.Env.Single(e => e.Name == "ASPNETCORE_URLS");
        Assert.Equal($"http://+:{spec.Port}", urls.Value);
        // What the host binds once its appsettings files have had their say: on all interfaces,
        // or the kubelet's probes and the other pods could not reach it.
        Assert.Equal($"http://+:{spec.Port}", HostBinding.EffectiveUrls(spec, manifests.Resolve(container)));

        var service = manifests.Service(host);
        var port = Assert.Single(service.Spec.Ports);
        Assert.Equal(spec.Port, port.Port); // the gateway's Services__* URLs and other callers use it
        Assert.Equal(spec.Port, container.ResolvePort(port.TargetPort));
        var template = manifests.Deployment(host).Spec.Template;
        Assert.True(service.Spec.Selector.Matches(template.Metadata.Labels), $"Service {host} does not select its pods.");
        var others = manifests.PodTemplates.Where(t => t.Template != template && service.Spec.Selector.Matches(t.Template.Metadata.Labels));
        Assert.Empty(others);
    }

    [Theory]
    [MemberData(nameof(Renders.EveryWithEachHost), MemberType = typeof(Renders))]
    public void Probes_ask_the_health_endpoints_on_the_served_port(string render, string host)
    {
        var (_, spec, container) = Load(render, host);

        AssertHttpProbe(container, container.ReadinessProbe, "/health/ready", spec.Port);
        // Liveness must not check dependencies: a database outage would restart every pod.
        AssertHttpProbe(container, container.LivenessProbe, "/health/live", spec.Port);
        AssertHttpProbe(container, container.StartupProbe, "/health/ready", spec.Port);

        var startupBudget = TimeSpan.FromSeconds(
            (container.StartupProbe.PeriodSeconds ?? 10) * (container.StartupProbe.FailureThreshold ?? 3));
        // The watchlist service loads its screening index before it is ready.
        var needed = host == "watchlist" ? TimeSpan.FromMinutes(5) : TimeSpan.FromMinutes(2);
        Assert.True(startupBudget >= needed, $"{host}'s startup probe gives up after {startupBudget}, it needs {needed}.");
    }

    [Theory]
    [MemberData(nameof(Renders.EveryWithEachHost), MemberType = typeof(Renders))]
    public void Runs_unprivileged_with_a_read_only_root_and_a_writable_tmp(string render, string host)
    {
        var (manifests, _, container) = Load(render, host);
        var pod = manifests.Deployment(host).Spec.Template.Spec;

        Assert.True(pod.SecurityContext.RunAsNonRoot);
        Assert.Equal(Dockerfile.Parse().RuntimeUser, pod.SecurityContext.RunAsUser);
        Assert.Equal("RuntimeDefault", pod.SecurityContext.SeccompProfile.Type);
        Assert.False(pod.AutomountServiceAccountToken);

        var security = container.SecurityContext;
        Assert.True(security.RunAsNonRoot);
        Assert.True(security.ReadOnlyRootFilesystem);
        Assert.False(security.AllowPrivilegeEscalation);
        Assert.Equal(["ALL"], security.Capabilities.Drop);
        Assert.Null(security.Capabilities.Add);
        Assert.Equal("RuntimeDefault", security.SeccompProfile.Type);

        var tmp = Assert.Single(container.VolumeMounts, m => m.MountPath == "/tmp");
        var volume = Assert.Single(pod.Volumes, v => v.Name == tmp.Name);
        Assert.NotNull(volume.EmptyDir);
        Assert.NotEqual(true, tmp.ReadOnlyProperty);
    }

    [Theory]
    [MemberData(nameof(Renders.EveryWithEachHost), MemberType = typeof(Renders))]
    public void Requests_and_limits_cpu_and_memory(string render, string host)
    {
        var (_, _, container) = Load(render, host);
        var resources = container.Resources;

        foreach (var kind in new[] { "cpu", "memory" })
        {
            Assert.True(resources.Requests?.ContainsKey(kind) == true, $"{render}/{host} requests no {kind}.");
            Assert.True(resources.Limits?.ContainsKey(kind) == true, $"{render}/{host} has no {kind} limit.");
            Assert.True(resources.Requests[kind].ToDecimal() <= resources.Limits[kind].ToDecimal(),
                $"{render}/{host}: {kind} request above its limit.");
        }
    }

    [Theory]
    [MemberData(nameof(Renders.EveryWithEachHost), MemberType = typeof(Renders))]
    public void Replicas_spread_across_zones_and_nodes(string render, string host)
    {
        var (manifests, _, _) = Load(render, host);
        var template = manifests.Deployment(host).Spec.Template;
        var constraints = template.Spec.TopologySpreadConstraints ?? [];

        Assert.Contains(constraints, c => c.TopologyKey == "topology.kubernetes.io/zone");
        Assert.Contains(constraints, c => c.TopologyKey == "kubernetes.io/hostname");
        foreach (var constraint in constraints)
        {
            Assert.True(constraint.LabelSelector.Matches(template.Metadata.Labels),
                $"{host}: a spread constraint does not count the host's own pods.");
            var counted = manifests.PodTemplates.Where(t => constraint.LabelSelector.Matches(t.Template.Metadata.Labels));
            Assert.Equal([$"Deployment/{host}"], counted.Select(t => t.Workload));
            Assert.Contains("pod-template-hash", constraint.MatchLabelKeys ?? []); // a rollout's new pods spread among themselves
        }
    }

    [Theory]
    [MemberData(nameof(Renders.EveryWithEachHost), MemberType = typeof(Renders))]
    public void Carries_the_common_labels_and_a_pinned_image_of_its_own(string render, string host)
    {
        var (manifests, _, container) = Load(render, host);
        var deployment = manifests.Deployment(host);

        foreach (var labels in new[] { deployment.Metadata.Labels, deployment.Spec.Template.Metadata.Labels })
        {
            Assert.Equal(host, labels[NameLabel]);
            Assert.Equal("watchlist", labels["app.kubernetes.io/part-of"]);
        }
        Assert.Equal(new Dictionary<string, string> { [NameLabel] = host }, deployment.Spec.Selector.MatchLabels);

        var image = ImageReference.Parse(container.Image);
        Assert.EndsWith($"watchlist/{host}", image.Repository);
        Assert.False(image.Tag is null or "latest", $"{render}/{host}: image {container.Image} has no fixed tag.");
    }

    internal static (Manifests Manifests, HostSpec Spec, V1Container Container) Load(string render, string host)
    {
        var manifests = Manifests.For(render);
        var container = Assert.Single(manifests.Deployment(host).Spec.Template.Spec.Containers);
        return (manifests, HostSpec.Named(host), container);
    }

    private static void AssertHttpProbe(V1Container container, V1Probe? probe, string path, int port)
    {
        Assert.NotNull(probe);
        Assert.NotNull(probe.HttpGet);
        Assert.Equal(path, probe.HttpGet.Path);
        Assert.Equal(port, container.ResolvePort(probe.HttpGet.Port));
    }
}
