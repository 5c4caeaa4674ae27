using k8s;
using k8s.Models;
using Watchlist.Tests.Deployment.Rendering;

namespace Watchlist.Tests.Deployment;

/// <summary>
/// Every pod, the third-party ones included, passes the "restricted" Pod Security Standard that
/// the overlays' namespaces enforce; and everything carries the common labels.
/// </summary>
public sealed class PodSecurityTests
{
    [Theory]
    [MemberData(nameof(Renders.Every), MemberType = typeof(Renders))]
    public void Every_pod_meets_the_restricted_profile(string render)
    {
        foreach (var (workload, template) in Manifests.For(render).PodTemplates)
        {
            var pod = template.Spec;
            Assert.False(pod.HostNetwork == true || pod.HostPID == true || pod.HostIPC == true, $"{workload} shares a host namespace.");
            Assert.DoesNotContain(pod.Volumes ?? [], v => v.HostPath is not null);
            foreach (var container in pod.Containers.Concat(pod.InitContainers ?? []))
            {
                var security = container.SecurityContext;
                Assert.True(security is not null, $"{workload}/{container.Name} has no securityContext.");
                Assert.True((security.RunAsNonRoot ?? pod.SecurityContext?.RunAsNonRoot) == true,
                    $"{workload}/{container.Name} may run as root.");
                Assert.NotEqual(0, security.RunAsUser ?? pod.SecurityContext?.RunAsUser);
                Assert.True(security.AllowPrivilegeEscalation == false, $"{workload}/{container.Name} allows privilege escalation.");
                Assert.NotEqual(true, security.Privileged);
                Assert.Contains("ALL", security.Capabilities?.Drop ?? []);
                Assert.Null(security.Capabilities?.Add);
                var seccomp = security.SeccompProfile?.Type ?? pod.SecurityContext?.SeccompProfile?.Type;
                Assert.True(seccomp is "RuntimeDefault" or "Localhost", $"{workload}/{container.Name} has no seccomp profile.");
                Assert.Null(container.Ports?.FirstOrDefault(p => p.HostPort is not null));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Renders.Overlays), MemberType = typeof(Renders))]
    public void The_namespace_enforces_the_restricted_profile_and_holds_everything(string render)
    {
        var manifests = Manifests.For(render);
        var ns = Assert.Single(manifests.All<V1Namespace>());
        Assert.Equal("restricted", ns.Metadata.Labels["pod-security.kubernetes.io/enforce"]);
        foreach (var item in manifests.Objects.OfType<IKubernetesObject<V1ObjectMeta>>().Where(o => o is not V1Namespace))
            Assert.True(item.Metadata.NamespaceProperty == ns.Metadata.Name,
                $"{render}: {item.Kind}/{item.Metadata.Name} is outside {ns.Metadata.Name}.");
    }

    [Theory]
    [MemberData(nameof(Renders.Every), MemberType = typeof(Renders))]
    public void Everything_is_part_of_watchlist_and_each_component_is_named(string render)
    {
        var manifests = Manifests.For(render);
        foreach (var item in manifests.Objects.OfType<IKubernetesObject<V1ObjectMeta>>())
        {
            var labels = item.Metadata.Labels ?? new Dictionary<string, string>();
            Assert.True(labels.TryGetValue("app.kubernetes.io/part-of", out var partOf) && partOf == "watchlist",
                $"{render}: {item.Kind}/{item.Metadata.Name} lacks part-of=watchlist.");
            if (item is V1Deployment or V1StatefulSet or V1Service or V1PodDisruptionBudget or V2HorizontalPodAutoscaler)
                Assert.True(labels.ContainsKey("app.kubernetes.io/name"),
                    $"{render}: {item.Kind}/{item.Metadata.Name} lacks app.kubernetes.io/name.");
        }
        foreach (var (workload, template) in manifests.PodTemplates)
            Assert.Equal("watchlist", template.Metadata.Labels["app.kubernetes.io/part-of"]);
    }
}
