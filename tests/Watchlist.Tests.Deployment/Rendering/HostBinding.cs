using System.Text.Json;

namespace Watchlist.Tests.Deployment.Rendering;

/// <summary>
/// The address a host really binds to, by ASP.NET Core's precedence: ASPNETCORE_URLS is host
/// configuration, read first; appsettings.json and appsettings.{Environment}.json come after it
/// and override it; plain environment variables (Urls) come last and override both.
/// </summary>
public static class HostBinding
{
    public static string? EffectiveUrls(HostSpec host, IReadOnlyDictionary<string, EnvSetting> env)
    {
        string? urls = Lookup(env, "ASPNETCORE_URLS");
        var environment = Lookup(env, "ASPNETCORE_ENVIRONMENT") ?? "Production";
        foreach (var file in new[] { "appsettings.json", $"appsettings.{environment}.json" })
            urls = FromSettings(host, file) ?? urls;
        return Lookup(env, "Urls") ?? urls;
    }

    private static string? Lookup(IReadOnlyDictionary<string, EnvSetting> env, string name) =>
        env.FirstOrDefault(e => string.Equals(e.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.Value;

    private static string? FromSettings(HostSpec host, string fileName)
    {
        var path = RepositoryRoot.Combine(Path.Combine(Path.GetDirectoryName(host.Project)!, fileName));
        if (!File.Exists(path))
            return null;
        using var json = JsonDocument.Parse(File.ReadAllText(path),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return json.RootElement.EnumerateObject()
            .Where(p => string.Equals(p.Name, "Urls", StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Value.GetString())
            .LastOrDefault();
    }
}
