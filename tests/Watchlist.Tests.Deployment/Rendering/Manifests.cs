using k8s;
using k8s.Models;

namespace Watchlist.Tests.Deployment.Rendering;

/// <summary>The objects one kustomization renders to, as the client library's typed models.</summary>
public sealed class Manifests
{
    public const string Base = "base";
    public const string Dev = "dev";
    public const string Prod = "prod";

    private static readonly Dictionary<string, Lazy<Manifests>> Renders = new()
    {
        [Base] = new(() => Load(Base, "k8s/base")),
        [Dev] = new(() => Load(Dev, "k8s/overlays/dev")),
        [Prod] = new(() => Load(Prod, "k8s/overlays/prod")),
    };

    private Manifests(string name, IReadOnlyList<object> objects)
    {
        Name = name;
        Objects = objects;
    }

    public string Name { get; }
    public IReadOnlyList<object> Objects { get; }

    public static Manifests For(string render) => Renders[render].Value;

    /// <summary>The namespace everything goes into; the base names none, so it lands in the current one.</summary>
    public string Namespace => Objects.OfType<V1Namespace>().SingleOrDefault()?.Metadata.Name ?? "default";

    public IEnumerable<T> All<T>() => Objects.OfType<T>();

    public V1Deployment Deployment(string name) => Single<V1Deployment>(name);
    public V1Service Service(string name) => Single<V1Service>(name);
    public V1StatefulSet StatefulSet(string name) => Single<V1StatefulSet>(name);

    public V1ConfigMap? ConfigMap(string name) => Named<V1ConfigMap>(name);
    public V1Secret? Secret(string name) => Named<V1Secret>(name);

    /// <summary>Every pod template: the Deployments' and the StatefulSets'.</summary>
    public IEnumerable<(string Workload, V1PodTemplateSpec Template)> PodTemplates =>
        All<V1Deployment>().Select(d => ($"Deployment/{d.Metadata.Name}", d.Spec.Template))
            .Concat(All<V1StatefulSet>().Select(s => ($"StatefulSet/{s.Metadata.Name}", s.Spec.Template)));

    public T Single<T>(string name) where T : IKubernetesObject<V1ObjectMeta>
    {
        var found = All<T>().Where(o => o.Metadata.Name == name).ToList();
        Assert.True(found.Count == 1, $"{Name}: expected one {typeof(T).Name} named {name}, found {found.Count}.");
        return found[0];
    }

    private T? Named<T>(string name) where T : class, IKubernetesObject<V1ObjectMeta> =>
        All<T>().SingleOrDefault(o => o.Metadata.Name == name);

    private static Manifests Load(string name, string directory)
    {
        var yaml = Kustomize.Render(RepositoryRoot.Combine(directory));
        var objects = KubernetesYaml.LoadAllFromString(yaml, MonitoringObjects.Types);
        Assert.NotEmpty(objects);
        return new Manifests(name, objects);
    }
}
