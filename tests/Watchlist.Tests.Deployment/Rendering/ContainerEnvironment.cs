using System.Text;
using k8s.Models;

namespace Watchlist.Tests.Deployment.Rendering;

/// <summary>Where a variable's value comes from, and the value where the manifests hold it.</summary>
public sealed record EnvSetting(string Name, string? Value, EnvSource Source, string? Secret = null)
{
    /// <summary>Set from a Secret that is created outside the manifests (prod), so the value is unknown here.</summary>
    public bool IsExternalSecret => Source == EnvSource.Secret && Value is null;
}

public enum EnvSource { Literal, ConfigMap, Secret }

public static class ContainerEnvironment
{
    /// <summary>
    /// The environment a container starts with, as the kubelet builds it: envFrom first, then env
    /// on top. A ConfigMap must be in the render; a Secret may be missing (created out of band).
    /// </summary>
    public static IReadOnlyDictionary<string, EnvSetting> Resolve(this Manifests manifests, V1Container container)
    {
        var settings = new Dictionary<string, EnvSetting>();
        foreach (var source in container.EnvFrom ?? [])
        {
            Assert.True(source.SecretRef is null,
                $"{container.Name}: envFrom a Secret hides which variables it sets; use env with secretKeyRef.");
            var map = RequireConfigMap(manifests, source.ConfigMapRef.Name, container.Name);
            foreach (var (key, value) in map.Data ?? new Dictionary<string, string>())
                settings[(source.Prefix ?? "") + key] = new EnvSetting((source.Prefix ?? "") + key, value, EnvSource.ConfigMap);
        }

        foreach (var variable in container.Env ?? [])
            settings[variable.Name] = Resolve(manifests, container.Name, variable);
        return settings;
    }

    private static EnvSetting Resolve(Manifests manifests, string container, V1EnvVar variable)
    {
        if (variable.ValueFrom is null)
            return new EnvSetting(variable.Name, variable.Value, EnvSource.Literal);

        if (variable.ValueFrom.ConfigMapKeyRef is { } mapKey)
        {
            var map = RequireConfigMap(manifests, mapKey.Name, container);
            Assert.True(map.Data?.ContainsKey(mapKey.Key) == true,
                $"{manifests.Name}/{container}: ConfigMap {mapKey.Name} has no key {mapKey.Key}.");
            return new EnvSetting(variable.Name, map.Data![mapKey.Key], EnvSource.ConfigMap);
        }

        var secretKey = variable.ValueFrom.SecretKeyRef;
        Assert.True(secretKey is not null,
            $"{manifests.Name}/{container}: {variable.Name} comes neither from a value, a ConfigMap nor a Secret.");
        var secret = manifests.Secret(secretKey.Name);
        if (secret is null)
            return new EnvSetting(variable.Name, null, EnvSource.Secret, secretKey.Name);
        return new EnvSetting(variable.Name, SecretValue(secret, secretKey.Key, manifests.Name), EnvSource.Secret, secretKey.Name);
    }

    public static string SecretValue(V1Secret secret, string key, string render)
    {
        if (secret.StringData?.TryGetValue(key, out var text) == true)
            return text;
        Assert.True(secret.Data?.ContainsKey(key) == true, $"{render}: Secret {secret.Metadata.Name} has no key {key}.");
        return Encoding.UTF8.GetString(secret.Data![key]);
    }

    private static V1ConfigMap RequireConfigMap(Manifests manifests, string name, string container)
    {
        var map = manifests.ConfigMap(name);
        Assert.True(map is not null, $"{manifests.Name}/{container}: ConfigMap {name} is referenced but not rendered.");
        return map;
    }
}
