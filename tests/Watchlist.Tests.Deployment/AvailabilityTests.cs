using k8s.Models;
using Watchlist.Tests.Deployment.Rendering;

namespace Watchlist.Tests.Deployment;

/// <summary>Disruption budgets, autoscalers and replica counts.</summary>
public sealed class AvailabilityTests
{
    [Theory]
    [MemberData(nameof(Renders.Every), MemberType = typeof(Renders))]
    public void Each_host_has_one_disruption_budget_that_still_lets_a_node_drain(string render)
    {
        var manifests = Manifests.For(render);
        var budgets = manifests.All<V1PodDisruptionBudget>().ToList();

        foreach (var budget in budgets)
        {
            var selected = manifests.PodTemplates.Where(t => budget.Spec.Selector.Matches(t.Template.Metadata.Labels)).ToList();
            Assert.True(selected.Count == 1, $"{render}: PDB {budget.Metadata.Name} selects {selected.Count} workloads.");
            // minAvailable would block every eviction of a single-replica host.
            Assert.Null(budget.Spec.MinAvailable);
            Assert.True(int.TryParse(budget.Spec.MaxUnavailable?.Value, out var max) && max >= 1,
                $"{render}: PDB {budget.Metadata.Name} allows no disruption.");
        }
        foreach (var host in HostSpec.All)
        {
            var labels = manifests.Deployment(host.Name).Spec.Template.Metadata.Labels;
            Assert.Single(budgets, b => b.Spec.Selector.Matches(labels));
        }
    }

    [Theory]
    [MemberData(nameof(Renders.Every), MemberType = typeof(Renders))]
    public void The_gateway_and_watchlist_scale_on_cpu_and_own_their_replica_count(string render)
    {
        var manifests = Manifests.For(render);
        var autoscalers = manifests.All<V2HorizontalPodAutoscaler>().ToList();

        Assert.Equal(HostSpec.Autoscaled.Order(), autoscalers.Select(a => a.Spec.ScaleTargetRef.Name).Order());
        foreach (var autoscaler in autoscalers)
        {
            var target = autoscaler.Spec.ScaleTargetRef;
            Assert.Equal(("apps/v1", "Deployment"), (target.ApiVersion, target.Kind));
            var deployment = manifests.Deployment(target.Name);
            Assert.True(autoscaler.Spec.MinReplicas is >= 1 && autoscaler.Spec.MinReplicas <= autoscaler.Spec.MaxReplicas);
            // Utilisation is measured against the request; without one the autoscaler never acts.
            Assert.Contains(autoscaler.Spec.Metrics, m => m.Resource?.Name == "cpu" && m.Resource.Target.Type == "Utilization");
            Assert.All(deployment.Spec.Template.Spec.Containers, c => Assert.True(c.Resources.Requests?.ContainsKey("cpu")));
            // A replicas field would be re-applied on every deploy, fighting the autoscaler.
            Assert.Null(deployment.Spec.Replicas);
        }
        foreach (var host in HostSpec.All.Where(h => !HostSpec.Autoscaled.Contains(h.Name)))
            Assert.True(manifests.Deployment(host.Name).Spec.Replicas is >= 1, $"{render}/{host.Name} sets no replica count.");
    }

    [Fact]
    public void Prod_runs_more_replicas_than_dev_and_at_least_three()
    {
        foreach (var host in HostSpec.All)
        {
            var dev = MinimumReplicas(Manifests.For(Manifests.Dev), host.Name);
            var prod = MinimumReplicas(Manifests.For(Manifests.Prod), host.Name);
            Assert.True(prod > dev, $"{host.Name}: prod runs {prod}, dev {dev}.");
            Assert.True(prod >= 3, $"{host.Name}: prod runs {prod}; three survive a zone going away.");
        }
    }

    private static int MinimumReplicas(Manifests manifests, string host) =>
        manifests.All<V2HorizontalPodAutoscaler>().SingleOrDefault(a => a.Spec.ScaleTargetRef.Name == host)?.Spec.MinReplicas
        ?? manifests.Deployment(host).Spec.Replicas
        ?? 1;
}
