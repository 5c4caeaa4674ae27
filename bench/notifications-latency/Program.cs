// Measures the time from an AlertRaised on the bus (as the alerts service's forwarder publishes it) to the event in
// the SSE streams of several command centres, through the gateway, and checks that a deliberately slow reader holds
// back nobody else. Usage: see README.md beside this file.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Watchlist.Contracts.Alerts;

var target = new Uri(Environment.GetEnvironmentVariable("TARGET") ?? "http://localhost:8080");
var count = int.Parse(Environment.GetEnvironmentVariable("ALERTS") ?? "1000");
var rate = double.Parse(Environment.GetEnvironmentVariable("RATE") ?? "200");
var readers = int.Parse(Environment.GetEnvironmentVariable("READERS") ?? "4");
var slowPause = TimeSpan.FromMilliseconds(int.Parse(Environment.GetEnvironmentVariable("SLOW_MS") ?? "50"));
var prefix = Environment.GetEnvironmentVariable("ENDPOINT_PREFIX") ?? "";
var token = Environment.GetEnvironmentVariable("CC_TOKEN") ?? throw new InvalidOperationException("Set CC_TOKEN (see README.md).");
var http = new HttpClient
{
    BaseAddress = target, Timeout = Timeout.InfiniteTimeSpan,
    DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) }
};

var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
{
    cfg.Host(new Uri(Environment.GetEnvironmentVariable("RABBITMQ_URL") ?? "amqp://guest:guest@localhost:5672/"));
    if (prefix.Length > 0)
        cfg.MessageTopology.SetEntityNameFormatter(new PrefixEntityNameFormatter(cfg.MessageTopology.EntityNameFormatter, prefix));
});
await bus.StartAsync();

var runTag = $"bench-{Guid.NewGuid():N}"[..14];
var subscriptions = new List<Guid>();
for (var i = 0; i <= readers; i++) // the last one is the slow reader
{
    var created = await http.PostAsJsonAsync("/api/subscriptions",
        new { name = $"{runTag}-{i}", filter = new { lists = new[] { runTag } } });
    created.EnsureSuccessStatusCode();
    subscriptions.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
}
Console.WriteLine($"{count} alerts at {rate}/s to {readers} readers and 1 slow reader ({slowPause.TotalMilliseconds} ms per event), " +
    $"via {target}");

var published = new ConcurrentDictionary<Guid, long>();
var arrivals = subscriptions.Select(_ => new ConcurrentDictionary<Guid, long>()).ToArray();
var duplicates = new int[subscriptions.Count];
using var stop = new CancellationTokenSource();
var streams = subscriptions.Select((id, n) => Task.Run(() => ReadAsync(id, n, n == readers ? slowPause : TimeSpan.Zero, stop.Token)))
    .ToList();
await Task.Delay(1000); // every stream open before the first alert

var clock = Stopwatch.StartNew();
for (var i = 0; i < count; i++)
{
    var due = TimeSpan.FromSeconds(i / rate) - clock.Elapsed;
    if (due > TimeSpan.Zero) await Task.Delay(due);
    var alertId = Guid.NewGuid();
    published[alertId] = Stopwatch.GetTimestamp();
    await bus.Publish(new AlertRaised(alertId, 1, "OPEN", "HIGH", 0, "VN-TSN", Guid.NewGuid(), $"Bench {i}", "INFORM", [runTag], "OTHER",
        ["*"], "VN-MPS", false, DateTimeOffset.UtcNow, "RAISED", "RAISED", AlertAudience.Of("VN-MPS", "VN-MPS")),
        ctx => ctx.MessageId = Guid.NewGuid());
}
Console.WriteLine($"published {count} in {clock.Elapsed.TotalSeconds:0.0} s");

var deadline = DateTime.UtcNow.AddSeconds(60);
while (DateTime.UtcNow < deadline && arrivals.Take(readers).Any(a => a.Count < count)) await Task.Delay(100);
var fastDoneAt = clock.Elapsed;
while (DateTime.UtcNow < deadline && arrivals[readers].Count < count) await Task.Delay(100);
var slowDoneAt = clock.Elapsed;
stop.Cancel();

var latencies = arrivals.Take(readers)
    .SelectMany(a => a.Select(kv => Stopwatch.GetElapsedTime(published[kv.Key], kv.Value).TotalMilliseconds)).Order().ToArray();
double P(double q) => latencies.Length == 0 ? double.NaN
    : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
Console.WriteLine($"latency ms (bus publish -> SSE event at a fast reader), n={latencies.Length}: min {P(0.000001):0} p50 {P(0.5):0} p90 " +
    $"{P(0.9):0} p99 {P(0.99):0} max {P(1):0}");
Console.WriteLine($"fast readers complete after {fastDoneAt.TotalSeconds:0.0} s; slow reader got {arrivals[readers].Count}/{count} after " +
    $"{slowDoneAt.TotalSeconds:0.0} s");
var missing = arrivals.Select(a => count - a.Count).ToArray();
Console.WriteLine($"missing per reader: [{string.Join(", ", missing)}]; duplicates per reader: [{string.Join(", ", duplicates)}]");

foreach (var id in subscriptions) await http.DeleteAsync($"/api/subscriptions/{id}");
await bus.StopAsync();
return missing.Take(readers).All(m => m == 0) && duplicates.All(d => d == 0) && P(0.99) <= 250 ? 0 : 1;

async Task ReadAsync(Guid subscription, int n, TimeSpan pause, CancellationToken ct)
{
    try
    {
        using var response = await http.GetAsync($"/api/notifications/stream?subscription={subscription}",
            HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (!line.StartsWith("data:", StringComparison.Ordinal)) continue;
            var now = Stopwatch.GetTimestamp();
            var alertId = JsonDocument.Parse(line[5..]).RootElement.GetProperty("alertId").GetGuid();
            if (!arrivals[n].TryAdd(alertId, now)) Interlocked.Increment(ref duplicates[n]);
            if (pause > TimeSpan.Zero) await Task.Delay(pause, ct);
        }
    }
    catch (OperationCanceledException) { }
}
