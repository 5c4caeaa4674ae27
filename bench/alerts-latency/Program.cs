// Measures the time from a screening's answer to its alert being visible in GET /api/alerts, through the gateway,
// for N hits that each open their own alert (one entry, N travellers with distinct passports), and prints the
// distribution. Usage: see README.md beside this file.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

var gateway = new Uri(Environment.GetEnvironmentVariable("GATEWAY") ?? "http://localhost:8080");
var count = int.Parse(Environment.GetEnvironmentVariable("HITS") ?? "1000");
var concurrency = int.Parse(Environment.GetEnvironmentVariable("CONCURRENCY") ?? "4");
var pollEvery = TimeSpan.FromMilliseconds(int.Parse(Environment.GetEnvironmentVariable("POLL_MS") ?? "50"));
// The board is newest first; reading only its head keeps the poller from loading the machine it measures. A hit that is
// late by more than this many newer alerts is noticed later still, so the figures can only err high.
var pageSize = int.Parse(Environment.GetEnvironmentVariable("LIMIT") ?? "100");
// Screenings per second across all clients; 0 screens as fast as the clients can.
var rate = double.Parse(Environment.GetEnvironmentVariable("RATE") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
HttpClient Client(string variable)
{
    var token = Environment.GetEnvironmentVariable(variable) ?? throw new InvalidOperationException($"Set {variable} (see README.md).");
    return new HttpClient
    {
        BaseAddress = gateway,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) }
    };
}
var admin = Client("ADMIN_TOKEN");
var officer = Client("OFFICER_TOKEN");
var commandCentre = Client("CC_TOKEN");

var surname = string.Concat(Enumerable.Range(0, 3)
    .Select(_ => $"{"bdgklmnprstv"[Random.Shared.Next(12)]}{"aeiou"[Random.Shared.Next(5)]}"));
var name = $"Latency {char.ToUpperInvariant(surname[0])}{surname[1..]}";
var listed = await admin.PostAsJsonAsync("/api/entries", new
{
    kind = "PERSON", names = new[] { new { value = name, type = "PRIMARY" } }, birthDates = new[] { "1970-01-01" },
    category = "OTHER", action = "INFORM", lists = new[] { "latency-bench" }, releasableTo = new[] { "*" },
});
listed.EnsureSuccessStatusCode();
var entryId = (await listed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
Console.WriteLine($"entry {entryId} ({name}); {count} hits, {concurrency} at a time, {(rate > 0 ? $"{rate}/s" : "flat out")}, " +
    $"newest {pageSize} of the board polled every {pollEvery.TotalMilliseconds} ms");

// A command centre's live stream of this run's alerts: the end of the whole path, screening to the screen on the wall.
var subscribed = await commandCentre.PostAsJsonAsync("/api/subscriptions",
    new { name = $"latency-{surname}", filter = new { lists = new[] { "latency-bench" } } });
subscribed.EnsureSuccessStatusCode();
var subscription = (await subscribed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
var streamed = new ConcurrentDictionary<Guid, long>();   // alert id -> timestamp its alert.raised arrived on the stream
var screeningsOf = new ConcurrentDictionary<Guid, Guid[]>(); // alert id -> its screening ids, from the board

var unmatched = 0;
var answered = new ConcurrentDictionary<Guid, long>();   // screening id -> timestamp of the screening's answer
var visible = new ConcurrentDictionary<Guid, long>();    // screening id -> timestamp the board first showed it
using var stop = new CancellationTokenSource();
var poller = Task.Run(async () =>
{
    while (!stop.IsCancellationRequested)
    {
        var started = Stopwatch.GetTimestamp();
        var page = await commandCentre.GetFromJsonAsync<JsonElement>($"/api/alerts?entryId={entryId}&limit={pageSize}");
        var now = Stopwatch.GetTimestamp();
        foreach (var alert in page.GetProperty("items").EnumerateArray())
        {
            var ids = alert.GetProperty("screeningIds").EnumerateArray().Select(x => x.GetGuid()).ToArray();
            screeningsOf[alert.GetProperty("id").GetGuid()] = ids;
            foreach (var id in ids) visible.TryAdd(id, now);
        }
        var rest = pollEvery - Stopwatch.GetElapsedTime(started);
        if (rest > TimeSpan.Zero) await Task.Delay(rest);
    }
});

var stream = Task.Run(() => StreamAsync(stop.Token));
await Task.Delay(500); // the stream open before the first screening

// The first screening waits until the new entry is screenable; it is not measured.
await ScreenAsync(-1, measured: false);
var next = -1;
var started = Stopwatch.GetTimestamp();
await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
{
    int i;
    while ((i = Interlocked.Increment(ref next)) < count)
    {
        if (rate > 0 && TimeSpan.FromSeconds(i / rate) - Stopwatch.GetElapsedTime(started) is { Ticks: > 0 } wait) await Task.Delay(wait);
        await ScreenAsync(i, measured: true);
    }
}));
Console.WriteLine($"screened {count} in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
var deadline = DateTime.UtcNow.AddSeconds(30);
while ((answered.Keys.Any(k => !visible.ContainsKey(k)) || streamed.Count < answered.Count) && DateTime.UtcNow < deadline)
    await Task.Delay(100);
stop.Cancel();
try { await poller; } catch (OperationCanceledException) { }
await stream;
await commandCentre.DeleteAsync($"/api/subscriptions/{subscription}");

var latencies = answered.Where(a => visible.ContainsKey(a.Key))
    .Select(a => Math.Max(0, Stopwatch.GetElapsedTime(a.Value, visible[a.Key]).TotalMilliseconds)).Order().ToArray();
double P(double q) => latencies.Length == 0 ? double.NaN
    : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
Console.WriteLine($"visible {latencies.Length}/{answered.Count}; missing {answered.Count - latencies.Length}; screenings that did not " +
    $"hit (not measured) {unmatched}");
Console.WriteLine($"latency ms: min {latencies.FirstOrDefault():F0}  p50 {P(0.50):F0}  p90 {P(0.90):F0}  p95 {P(0.95):F0}  p99 " +
    $"{P(0.99):F0}  max {latencies.LastOrDefault():F0}");
Console.WriteLine($"(resolution: the board is polled every {pollEvery.TotalMilliseconds} ms, so each figure may be up to that much high)");
var onScreen = answered.SelectMany(a => screeningsOf.Where(s => s.Value.Contains(a.Key) && streamed.ContainsKey(s.Key))
        .Select(s => Math.Max(0, Stopwatch.GetElapsedTime(a.Value, streamed[s.Key]).TotalMilliseconds)).Take(1))
    .Order().ToArray();
double Q(double q) => onScreen.Length == 0 ? double.NaN
    : onScreen[Math.Min(onScreen.Length - 1, (int)Math.Ceiling(q * onScreen.Length) - 1)];
Console.WriteLine($"on the command centre's SSE stream {onScreen.Length}/{answered.Count}; latency ms: min " +
    $"{onScreen.FirstOrDefault():F0}  p50 {Q(0.50):F0}  " +
    $"p90 {Q(0.90):F0}  p95 {Q(0.95):F0}  p99 {Q(0.99):F0}  max {onScreen.LastOrDefault():F0}");
return latencies.Length == answered.Count && P(0.99) <= 1000 ? 0 : 1;

async Task StreamAsync(CancellationToken ct)
{
    try
    {
        using var response = await commandCentre.GetAsync($"/api/notifications/stream?subscription={subscription}",
            HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
        var raised = false;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.StartsWith("event:", StringComparison.Ordinal)) raised = line.EndsWith("alert.raised", StringComparison.Ordinal);
            if (!raised || !line.StartsWith("data:", StringComparison.Ordinal)) continue;
            streamed.TryAdd(JsonDocument.Parse(line[5..]).RootElement.GetProperty("alertId").GetGuid(), Stopwatch.GetTimestamp());
        }
    }
    catch (OperationCanceledException) { }
}

async Task ScreenAsync(int i, bool measured)
{
    var traveller = new
    {
        name = name.ToUpperInvariant(), birthDate = "1970-01-01",
        documents = new[] { new { type = "PASSPORT", number = $"L{Math.Max(i, 0):D7}{surname.ToUpperInvariant()}", country = "VN" } },
    };
    while (true)
    {
        var response = await officer.PostAsJsonAsync("/api/screenings",
            new { traveller, context = new { borderPost = "VN-BENCH", direction = "ENTRY" } });
        var now = Stopwatch.GetTimestamp();
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (result.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("entryId").GetGuid() == entryId))
        {
            if (measured) answered[result.GetProperty("screeningId").GetGuid()] = now;
            return;
        }
        if (measured) { Interlocked.Increment(ref unmatched); return; } // not a hit: nothing to measure
        await Task.Delay(100);
    }
}
