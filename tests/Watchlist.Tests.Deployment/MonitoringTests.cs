using System.Text.Json;
using System.Text.RegularExpressions;
using k8s.Models;
using Watchlist.Tests.Deployment.Rendering;

namespace Watchlist.Tests.Deployment;

/// <summary>
/// The prod overlay's alert rules, scrape and Grafana dashboard, as rendered: the rules the service levels need, and no metric
/// in a rule or a panel that the hosts do not serve. What they serve is ops/metrics.txt, which the integration test
/// MetricsEndpointTests checks against running hosts' /metrics.
/// </summary>
public sealed partial class MonitoringTests
{
    private static Manifests Prod => Manifests.For(Manifests.Prod);

    [Fact]
    public void The_prod_overlay_has_a_rule_for_each_service_level()
    {
        var rules = Prod.All<PrometheusRule>().SelectMany(r => r.Spec.Groups).SelectMany(g => g.Rules).ToList();
        Assert.Equal(
            ["WatchlistForwarderLagging", "WatchlistHitToAlertSlow", "WatchlistIndexNotReady", "WatchlistQueueGrowing",
                "WatchlistSlaBreaches", "WatchlistWebhookDeadLetters"],
            rules.Select(r => r.Alert!).Order());
        Assert.Contains("> 1", Rule(rules, "WatchlistHitToAlertSlow").Expr);
        Assert.Contains("0.99", Rule(rules, "WatchlistHitToAlertSlow").Expr);
        Assert.Contains("> 10", Rule(rules, "WatchlistForwarderLagging").Expr);
        Assert.Equal("5m", Rule(rules, "WatchlistQueueGrowing").For);
        foreach (var rule in rules)
        {
            Assert.True(rule.Labels.ContainsKey("severity"), $"{rule.Alert} has no severity label.");
            var anchor = rule.Annotations["runbook"].Split('#')[1];
            Assert.Contains($"### {rule.Alert}", RepositoryRoot.ReadText("docs/operations.md"));
            Assert.Equal(rule.Alert!.ToLowerInvariant(), anchor);
        }
    }

    [Fact]
    public void Every_metric_a_rule_uses_is_served()
    {
        var expressions = Prod.All<PrometheusRule>().SelectMany(r => r.Spec.Groups).SelectMany(g => g.Rules).Select(r => r.Expr).ToList();
        Assert.NotEmpty(expressions);
        AssertServed(expressions, "the alert rules");
    }

    [Fact]
    public void The_dashboard_is_rendered_for_grafana_and_every_metric_it_uses_is_served()
    {
        var map = Assert.Single(Prod.All<V1ConfigMap>(),
            c => c.Metadata.Labels is { } labels && labels.TryGetValue("grafana_dashboard", out var on) && on == "1");
        using var dashboard = JsonDocument.Parse(map.Data["watchlist-dashboard.json"]);
        var panels = dashboard.RootElement.GetProperty("panels").EnumerateArray().ToList();
        Assert.Equal(["Screening", "Alerts", "Delivery", "Infrastructure lag"],
            panels.Where(p => p.GetProperty("type").GetString() == "row").Select(p => p.GetProperty("title").GetString()));
        var graphs = panels.Where(p => p.GetProperty("type").GetString() != "row").ToList();
        Assert.All(graphs, p => Assert.NotEmpty(p.GetProperty("targets").EnumerateArray()));
        var expressions = graphs.SelectMany(p => p.GetProperty("targets").EnumerateArray()).Select(t => t.GetProperty("expr").GetString()!)
            .ToList();
        AssertServed(expressions, "the dashboard");
        // Every served metric has a panel: an operator sees all of them.
        var used = expressions.SelectMany(MetricsIn).ToHashSet();
        Assert.Empty(Catalogue().Except(used));
    }

    [Fact]
    public void Prometheus_scrapes_the_services_own_ports_and_the_monitoring_namespace_may_reach_them()
    {
        var monitor = Assert.Single(Prod.All<PodMonitor>());
        Assert.Equal("/metrics", Assert.Single(monitor.Spec.PodMetricsEndpoints).Path);
        Assert.Equal(["alerts", "notifications", "watchlist"], Assert.Single(monitor.Spec.Selector.MatchExpressions).Values.Order());
        var policy = Prod.All<V1NetworkPolicy>().Single(p => p.Metadata.Name == "metrics-scraping");
        Assert.Equal("monitoring",
            Assert.Single(Assert.Single(policy.Spec.Ingress).FromProperty).NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"]);
    }

    private static AlertRule Rule(List<AlertRule> rules, string name) => rules.Single(r => r.Alert == name);

    private static void AssertServed(IEnumerable<string> expressions, string where)
    {
        var served = Catalogue();
        var unknown = expressions.SelectMany(MetricsIn).Where(m => !served.Contains(m)).Distinct().ToList();
        Assert.True(unknown.Count == 0, $"{where} use metrics no host serves: {string.Join(", ", unknown)}");
    }

    /// <summary>The metric names of a PromQL expression, histograms by their base name.</summary>
    private static IEnumerable<string> MetricsIn(string expression) =>
        MetricName().Matches(expression).Select(m => HistogramPart().Replace(m.Value, ""));

    private static HashSet<string> Catalogue() =>
        [.. RepositoryRoot.ReadText("ops/metrics.txt").Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split(' ')[0])];

    [GeneratedRegex(@"\bwatchlist_[a-z0-9_]+")]
    private static partial Regex MetricName();

    [GeneratedRegex("_(bucket|count|sum)$")]
    private static partial Regex HistogramPart();
}
