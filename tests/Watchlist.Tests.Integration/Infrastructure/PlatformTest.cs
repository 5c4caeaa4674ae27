namespace Watchlist.Tests.Integration.Infrastructure;

/// <summary>
/// Base for tests that drive the whole platform: one <see cref="Platform"/> per test class
/// (its own schemas and queues), started once, on the shared broker of the collection.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public abstract class PlatformTest<TSelf>(PlatformTest<TSelf>.Fixture fixture, RabbitMqFixture rabbit)
    : IClassFixture<PlatformTest<TSelf>.Fixture>, IAsyncLifetime
{
    protected Platform Platform => fixture.Platform;
    protected RabbitMqFixture Rabbit => rabbit;

    public Task InitializeAsync() => fixture.Platform.StartAsync(rabbit);

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The platform of one test class, with the gateway settings its <see cref="GatewaySettingAttribute"/>s name.</summary>
    public class Fixture : IAsyncLifetime
    {
        public Platform Platform { get; } = new(
            typeof(TSelf).Name, GatewaySettingAttribute.Of(typeof(TSelf)), AlertsSettingAttribute.Of(typeof(TSelf)),
            NotificationsSettingAttribute.Of(typeof(TSelf)), NotificationsServiceAttribute.Of(typeof(TSelf)),
            WatchlistSettingAttribute.Of(typeof(TSelf)));

        public Task InitializeAsync() => Task.CompletedTask;

        /// <summary>
        /// xUnit v2 disposes a class fixture through <see cref="IAsyncLifetime"/> only (IAsyncDisposable is v3's): as an
        /// IAsyncDisposable every class's hosts kept running, polling their stores, until the end of the run.
        /// </summary>
        public Task DisposeAsync() => Platform.DisposeAsync().AsTask();
    }
}

/// <summary>A gateway setting for one test class, e.g. a low rate limit for the class that tests rate limiting.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class GatewaySettingAttribute(string key, string value) : Attribute
{
    public string Key { get; } = key;
    public string Value { get; } = value;

    public static Dictionary<string, string> Of(Type testClass) =>
        testClass.GetCustomAttributes(typeof(GatewaySettingAttribute), false)
            .Cast<GatewaySettingAttribute>().ToDictionary(a => a.Key, a => a.Value);
}

/// <summary>A watchlist-service setting for one test class, e.g. a short personal-data retention.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class WatchlistSettingAttribute(string key, string value) : Attribute
{
    public string Key { get; } = key;
    public string Value { get; } = value;

    public static Dictionary<string, string> Of(Type testClass) =>
        testClass.GetCustomAttributes(typeof(WatchlistSettingAttribute), false)
            .Cast<WatchlistSettingAttribute>().ToDictionary(a => a.Key, a => a.Value);
}

/// <summary>An alerts-service setting for one test class, e.g. short SLA deadlines for the class that tests escalation.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class AlertsSettingAttribute(string key, string value) : Attribute
{
    public string Key { get; } = key;
    public string Value { get; } = value;

    public static Dictionary<string, string> Of(Type testClass) =>
        testClass.GetCustomAttributes(typeof(AlertsSettingAttribute), false)
            .Cast<AlertsSettingAttribute>().ToDictionary(a => a.Key, a => a.Value);
}

/// <summary>A notifications-service setting for one test class, e.g. short webhook retries, or loopback receivers allowed.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class NotificationsSettingAttribute(string key, string value) : Attribute
{
    public string Key { get; } = key;
    public string Value { get; } = value;

    public static Dictionary<string, string> Of(Type testClass) =>
        testClass.GetCustomAttributes(typeof(NotificationsSettingAttribute), false)
            .Cast<NotificationsSettingAttribute>().ToDictionary(a => a.Key, a => a.Value);
}

/// <summary>A singleton the notifications host of one test class uses instead of its own, for a seam such as DNS resolution.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class NotificationsServiceAttribute(Type service, Type implementation) : Attribute
{
    public Type Service { get; } = service;
    public Type Implementation { get; } = implementation;

    public static Action<IServiceCollection>? Of(Type testClass)
    {
        var replacements = testClass.GetCustomAttributes(typeof(NotificationsServiceAttribute), false)
            .Cast<NotificationsServiceAttribute>().ToList();
        return replacements.Count == 0 ? null : services => replacements.ForEach(r => services.AddSingleton(r.Service, r.Implementation));
    }
}
