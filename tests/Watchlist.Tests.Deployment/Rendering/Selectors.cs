using k8s.Models;

namespace Watchlist.Tests.Deployment.Rendering;

public static class Selectors
{
    /// <summary>Label selector semantics: every matchLabels pair and every expression must hold; empty selects all.</summary>
    public static bool Matches(this V1LabelSelector selector, IDictionary<string, string>? labels)
    {
        labels ??= new Dictionary<string, string>();
        foreach (var (key, value) in selector.MatchLabels ?? new Dictionary<string, string>())
            if (!labels.TryGetValue(key, out var actual) || actual != value)
                return false;
        return (selector.MatchExpressions ?? []).All(e => Holds(e, labels));
    }

    public static bool Matches(this IDictionary<string, string> selector, IDictionary<string, string>? labels) =>
        new V1LabelSelector { MatchLabels = selector }.Matches(labels);

    private static bool Holds(V1LabelSelectorRequirement requirement, IDictionary<string, string> labels)
    {
        var has = labels.TryGetValue(requirement.Key, out var value);
        var values = requirement.Values ?? [];
        return requirement.OperatorProperty switch
        {
            "In" => has && values.Contains(value!),
            "NotIn" => !has || !values.Contains(value!),
            "Exists" => has,
            "DoesNotExist" => !has,
            _ => throw new InvalidOperationException($"Unknown selector operator {requirement.OperatorProperty}."),
        };
    }

    /// <summary>A Service's or a probe's port, by number or by the container port's name.</summary>
    public static int ResolvePort(this V1Container container, IntOrString port)
    {
        var text = port.Value;
        if (int.TryParse(text, out var number))
            return number;
        var named = (container.Ports ?? []).Where(p => p.Name == text).ToList();
        Assert.True(named.Count == 1, $"{container.Name} has no container port named {text}.");
        return named[0].ContainerPort;
    }
}
