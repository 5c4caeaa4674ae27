using k8s.Models;
using Watchlist.Tests.Deployment.Rendering;

namespace Watchlist.Tests.Deployment;

/// <summary>The Ingress: the gateway only, and long-lived streams left alone by the proxy.</summary>
public sealed class IngressTests
{
    private const string Annotation = "nginx.ingress.kubernetes.io/";

    [Theory]
    [MemberData(nameof(Renders.Every), MemberType = typeof(Renders))]
    public void Routes_everything_to_the_gateway_Service_on_a_port_it_exposes(string render)
    {
        var manifests = Manifests.For(render);
        var ingress = Assert.Single(manifests.All<V1Ingress>());
        Assert.Equal("nginx", ingress.Spec.IngressClassName);

        var backends = ingress.Spec.Rules.SelectMany(r => r.Http.Paths).Select(p => p.Backend.Service).ToList();
        Assert.NotEmpty(backends);
        Assert.Null(ingress.Spec.DefaultBackend);
        var service = manifests.Service("gateway");
        foreach (var backend in backends)
        {
            Assert.Equal("gateway", backend.Name);
            Assert.Contains(service.Spec.Ports,
                p => (backend.Port.Name is not null && p.Name == backend.Port.Name) || p.Port == backend.Port.Number);
        }
    }

    [Theory]
    [MemberData(nameof(Renders.Every), MemberType = typeof(Renders))]
    public void Streams_are_neither_buffered_nor_cut_after_a_minute(string render)
    {
        var annotations = Assert.Single(Manifests.For(render).All<V1Ingress>()).Metadata.Annotations;

        // Server-sent events must reach the client as they are written.
        Assert.Equal("off", annotations[Annotation + "proxy-buffering"]);
        // SSE and WebSocket connections stay open; nginx's default 60 s would close quiet ones.
        foreach (var timeout in new[] { "proxy-read-timeout", "proxy-send-timeout" })
            Assert.True(int.Parse(annotations[Annotation + timeout]) >= 3600, $"{timeout} is too short for a stream.");
    }

    [Fact]
    public void Prod_serves_its_host_over_TLS()
    {
        var ingress = Assert.Single(Manifests.For(Manifests.Prod).All<V1Ingress>());
        var hosts = ingress.Spec.Rules.Select(r => r.Host).ToList();
        var tls = Assert.Single(ingress.Spec.Tls);
        Assert.Equal(hosts.Order(), tls.Hosts.Order());
        Assert.False(string.IsNullOrEmpty(tls.SecretName));
    }
}
