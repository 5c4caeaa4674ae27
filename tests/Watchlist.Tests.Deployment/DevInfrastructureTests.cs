using k8s.Models;
using Watchlist.Tests.Deployment.Rendering;

namespace Watchlist.Tests.Deployment;

/// <summary>The dev overlay's own PostgreSQL and RabbitMQ.</summary>
public sealed class DevInfrastructureTests
{
    private static readonly Manifests Dev = Manifests.For(Manifests.Dev);

    [Theory]
    [InlineData("postgres", "postgres", @"^15\.\d+(-[a-z]+)?$", "/var/lib/postgresql/data")] // 15.<minor>: PostgreSQL's patch releases
    [InlineData("rabbitmq", "rabbitmq", @"^3\.13\.\d+-management$", "/var/lib/rabbitmq")]
    public void Runs_as_a_StatefulSet_of_a_pinned_image_with_its_data_on_a_claim(
        string name, string repository, string pinnedTag, string dataPath)
    {
        var set = Dev.StatefulSet(name);
        var container = Assert.Single(set.Spec.Template.Spec.Containers);

        var image = ImageReference.Parse(container.Image);
        Assert.Equal(repository, image.Repository);
        Assert.Matches(pinnedTag, image.Tag);

        var claim = Assert.Single(set.Spec.VolumeClaimTemplates);
        Assert.Contains(container.VolumeMounts, m => m.Name == claim.Metadata.Name && m.MountPath == dataPath);
        Assert.NotNull(claim.Spec.Resources.Requests["storage"]);

        Assert.NotNull(container.ReadinessProbe);
        Assert.NotNull(container.Resources.Requests);
        Assert.NotNull(container.Resources.Limits);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("rabbitmq")]
    public void Is_addressed_through_its_headless_governing_Service(string name)
    {
        var set = Dev.StatefulSet(name);
        var service = Dev.Service(set.Spec.ServiceName);
        Assert.Equal("None", service.Spec.ClusterIP);
        Assert.True(service.Spec.Selector.Matches(set.Spec.Template.Metadata.Labels));
        var container = set.Spec.Template.Spec.Containers[0];
        foreach (var port in service.Spec.Ports)
            Assert.Contains(container.Ports, p => p.ContainerPort == container.ResolvePort(port.TargetPort));
    }

    [Fact]
    public void The_broker_has_its_management_UI()
    {
        var container = Dev.StatefulSet("rabbitmq").Spec.Template.Spec.Containers[0];
        Assert.EndsWith("-management", container.Image);
        Assert.Contains(container.Ports, p => p.ContainerPort == 15672);
    }
}
