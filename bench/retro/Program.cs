// Retro-screening at manifest scale: a window of crossings recorded through POST /api/screenings/batch, then one listing and
// an import re-screened against it, first with the old document scan (Alerts:Retro:Scan=Documents), then with the in-memory
// crossing window, in the same run, on the same data. Usage and results: bench/README.md ("Retro-screening").
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Watchlist.Alerts.Retro;
using Watchlist.Bench.Retro;
using Watchlist.Contracts.Screening;

var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
var crossings = int.Parse(Environment.GetEnvironmentVariable("CROSSINGS") ?? "100000");
var importBaseline = int.Parse(Environment.GetEnvironmentVariable("IMPORT_BASELINE") ?? "10");
var pg = Environment.GetEnvironmentVariable("BENCH_PG") ?? Environment.GetEnvironmentVariable("WATCHLIST_TEST_POSTGRES")
    ?? "Host=127.0.0.1;Port=5432;Database=watchlist_tests_retro;Username=watchlist;Password=watchlist;Maximum Pool Size=30";
var rabbit = Environment.GetEnvironmentVariable("RABBITMQ_URL") ?? "amqp://guest:guest@localhost:5672/retro";
const string Alerts = "bench_retro_alerts", Watch = "bench_retro_watchlist";

await using (var db = new NpgsqlConnection(pg))
{
    await db.OpenAsync();
    await new NpgsqlCommand($"drop schema if exists {Alerts} cascade; drop schema if exists {Watch} cascade", db).ExecuteNonQueryAsync();
}
Dictionary<string, string> Service(string schema) => new()
{
    ["ConnectionStrings:Postgres"] = pg, ["Marten:Schema"] = schema, ["EventStore:DaemonMode"] = "Solo", ["RABBITMQ_URL"] = rabbit,
    // durable: a broker restart by another user of the machine loses nothing
    ["Messaging:EndpointPrefix"] = "benchretro-", ["Messaging:TemporaryEndpoints"] = "false",
};
// The baseline is the service as it was: the document scan, and each crossing recorded in its own transaction.
Task<Host> StartAlerts(bool baseline, int port = 0) => Host.StartAsync(root, "services/alerts", "Watchlist.Alerts",
    new Dictionary<string, string>(Service(Alerts))
    {
        ["Alerts:Retro:Scan"] = baseline ? "Documents" : "Index", ["Alerts:Retro:MaxCrossingGroup"] = baseline ? "1" : "500",
        ["Alerts:Retro:MaxCrossings"] = $"{Math.Max(crossings * 2, 500_000)}",
    }, port: port);

Console.WriteLine($"Retro bench: {crossings:N0} crossings; starting watchlist, alerts (crossing window), gateway");
await using var watchlist = await Host.StartAsync(root, "services/watchlist", "Watchlist.WatchlistService", Service(Watch));
var alerts = await StartAlerts(baseline: false);
await using var gateway = await Host.StartAsync(root, "gateway", "Watchlist.Gateway", new Dictionary<string, string>
{
    ["Services:Watchlist"] = watchlist.Address.ToString(), ["Services:Alerts"] = alerts.Address.ToString(),
    ["Services:Notifications"] = "http://127.0.0.1:9", ["RateLimits:StandardPerSecond"] = "100000",
    ["RateLimits:ScreeningPerSecond"] = "100000",
}, readyPath: "/health/live");
HttpClient Client(string variable) => new()
{
    BaseAddress = gateway.Address, Timeout = TimeSpan.FromMinutes(5),
    DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable(variable)
        ?? throw new InvalidOperationException($"Set {variable} (bench/retro/run.sh does)")) },
};
var (admin, officer, board) = (Client("ADMIN_TOKEN"), Client("OFFICER_TOKEN"), Client("CC_TOKEN"));

// 1. The window, recorded by the service as it is (crossings in bundles and groups); then a sample of manifests recorded by
// the service as it was (each crossing its own transaction), the baseline of the recording rate.
var un = UnNames(root).ToList();
var (sample, extra) = (Math.Min(Math.Max(crossings / 10, 1_000), 5_000), Math.Min(crossings / 5, 10_000));
var travellers = Enumerable.Range(0, crossings + sample + extra)
    .Select(i => i % 500 == 7 && i / 500 < un.Count ? un[i / 500] : Names.Of(i)).ToList();
var (answered, recorded) = await ManifestsAsync(0, crossings);
Console.WriteLine($"manifests (crossings in bundles and groups): {crossings:N0} screened in {answered.TotalSeconds:F1} s " +
    $"({crossings / answered.TotalSeconds:F0}/s answered), recorded as crossings in {recorded.TotalSeconds:F1} s " +
    $"({crossings / recorded.TotalSeconds:F0}/s)");
await alerts.DisposeAsync();
alerts = await StartAlerts(baseline: true, port: alerts.Address.Port);
var (_, sampleRecorded) = await ManifestsAsync(crossings, sample);
Console.WriteLine($"manifests (each crossing its own transaction): {sample:N0} more recorded in {sampleRecorded.TotalSeconds:F1} s " +
    $"({sample / sampleRecorded.TotalSeconds:F0}/s)");
crossings += sample;

// 2. Baseline: the old document scan.
await ListingAsync(crossings / 3 + 1); // warm-up: the first listing after a start loads the engine's tables
var scanListing = await MedianListingAsync(crossings / 3);
var scanImport = await ListingsAsync(Enumerable.Range(0, importBaseline).Select(i => crossings / 2 + i * 13).ToList());
var scanPerChange = scanImport / importBaseline;
Console.WriteLine($"document scan: one listing's retro alert visible in {scanListing.TotalMilliseconds:F0} ms; " +
    $"{importBaseline} listings re-screened in {scanImport.TotalSeconds:F1} s ({scanPerChange.TotalMilliseconds:F0} ms each)");

// 3. The in-memory window: the alerts host restarted on it (ready only once the window is loaded).
await alerts.DisposeAsync();
var load = Stopwatch.StartNew();
alerts = await StartAlerts(baseline: false, port: alerts.Address.Port);
var loaded = load.Elapsed;
var (extraAnswered, extraRecorded) = await ManifestsAsync(crossings, extra);
Console.WriteLine($"manifests (crossings in bundles and groups, window loaded): {extra:N0} more screened in " +
    $"{extraAnswered.TotalSeconds:F1} s, recorded in {extraRecorded.TotalSeconds:F1} s ({extra / extraRecorded.TotalSeconds:F0}/s)");
await ListingAsync(crossings / 4 + 1);
var indexListing = await MedianListingAsync(crossings / 4);
var before = await CountAsync($"select count(*) from {Alerts}.mt_doc_handledmessage where id like 'alerts.retro/%'");
var import = Stopwatch.StartNew();
var imported = await admin.PostAsync("/api/imports/un-sc", Xml(root));
if (!imported.IsSuccessStatusCode)
    throw new InvalidOperationException($"import: {(int)imported.StatusCode} {await imported.Content.ReadAsStringAsync()}");
var created = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetInt32();
var importAnswered = import.Elapsed;
await Until(async () => await CountAsync($"select count(*) from {Alerts}.mt_doc_handledmessage where id like " +
    "'alerts.retro/%'") >= before + created, TimeSpan.FromMinutes(30));
var indexImport = import.Elapsed;
var importAlerts = await CountAsync($"select count(*) from {Alerts}.mt_doc_alertview where data::text like '%un-sc%'");
Console.WriteLine($"crossing window: loaded at start in {loaded.TotalSeconds:F1} s; one listing's retro alert visible in " +
    $"{indexListing.TotalMilliseconds:F0} ms; " +
    $"import of {created} entries: POST answered in {importAnswered.TotalSeconds:F1} s, last change re-screened at " +
    $"{indexImport.TotalSeconds:F1} s, " +
    $"{importAlerts} retro alerts");
await alerts.DisposeAsync();

// 4. Memory of the window itself, in this process: the crossings as the manifests carried them, and the engine index over them.
var memory = WindowMemory(100_000);
var scanImport1000 = scanPerChange * 1000;
var importIndex1000 = indexImport.TotalSeconds * 1000.0 / created;
Console.WriteLine();
Console.WriteLine($"| measure ({crossings:N0} crossings in the window) | document scan | crossing window | ratio |");
Console.WriteLine("| --- | --- | --- | --- |");
Console.WriteLine($"| one listing's retro alert visible in GET /api/alerts (median of 3) | {scanListing.TotalMilliseconds:F0} ms | " +
    $"{indexListing.TotalMilliseconds:F0} ms | {scanListing / indexListing:F1}× |");
Console.WriteLine($"| 1,000 new entries re-screened (from the POST) | {scanImport1000.TotalSeconds:F0} s (extrapolated from " +
    $"{importBaseline} listings) | {importIndex1000:F1} s (UN import of {created}: {indexImport.TotalSeconds:F1} s) | " +
    $"{scanImport1000.TotalSeconds / importIndex1000:F0}× |");
Console.WriteLine("| memory per 100,000 crossings | 0 (read from PostgreSQL per change) | " +
    $"{memory / 1048576.0:F0} MiB (measured in process)  | — |");
var window = crossings - sample;
Console.WriteLine($"| crossings recorded per second, 1,000-passenger batches | {sample / sampleRecorded.TotalSeconds:F0}/s (one " +
    $"transaction each, {sample:N0}) | {window / recorded.TotalSeconds:F0}/s (bundles and groups, the {window:N0} of the window) | " +
    $"{window / recorded.TotalSeconds / (sample / sampleRecorded.TotalSeconds):F1}× |");
return;

// Manifests of 1,000 passengers, two requests in flight, until the alerts service has recorded every crossing.
async Task<(TimeSpan Answered, TimeSpan Recorded)> ManifestsAsync(int first, int count)
{
    var watch = Stopwatch.StartNew();
    var next = -1;
    await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
    {
        int batch;
        while ((batch = Interlocked.Increment(ref next)) * 1000 < count)
        {
            var seats = Enumerable.Range(first + batch * 1000, Math.Min(1000, count - batch * 1000));
            var response = await officer.PostAsJsonAsync("/api/screenings/batch", new
            {
                context = new { borderPost = "BENCH-RETRO", direction = "ENTRY" },
                travellers = seats.Select(i => new
                {
                    @ref = $"p{i}", name = travellers[i].ToUpperInvariant(), nationality = "VNM",
                    documents = new[] { new { type = "PASSPORT", number = Names.Passport(i), country = "VNM" } }
                }),
            });
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"batch {batch}: {(int)response.StatusCode} " +
                $"{await response.Content.ReadAsStringAsync()}");
        }
    }));
    var answered = watch.Elapsed;
    await Until(async () => await CountAsync($"select count(*) from {Alerts}.mt_doc_crossing") >= first + count, TimeSpan.FromHours(2));
    return (answered, watch.Elapsed);
}

async Task<TimeSpan> MedianListingAsync(int first)
{
    var times = new List<TimeSpan>();
    for (var i = 0; i < 3; i++) times.Add(await ListingAsync(first + 2 + i * 7));
    Console.WriteLine($"  listings: {string.Join(", ", times.Select(t => $"{t.TotalMilliseconds:F0} ms"))}");
    return times.Order().ElementAt(1);
}

async Task<TimeSpan> ListingAsync(int traveller)
{
    var watch = Stopwatch.StartNew();
    var entryId = await ListAsync(traveller);
    await Until(async () => (await board.GetFromJsonAsync<JsonElement>($"/api/alerts?entryId={entryId}&limit=10")).GetProperty("items")
        .GetArrayLength() > 0, TimeSpan.FromMinutes(30));
    return watch.Elapsed;
}

async Task<TimeSpan> ListingsAsync(IReadOnlyList<int> which)
{
    var before = await CountAsync($"select count(*) from {Alerts}.mt_doc_handledmessage where id like 'alerts.retro/%'");
    var watch = Stopwatch.StartNew();
    await Task.WhenAll(which.Select(ListAsync));
    await Until(async () => await CountAsync($"select count(*) from {Alerts}.mt_doc_handledmessage where id like " +
        "'alerts.retro/%'") >= before + which.Count, TimeSpan.FromHours(1));
    return watch.Elapsed;
}

async Task<Guid> ListAsync(int traveller)
{
    var response = await admin.PostAsJsonAsync("/api/entries", new
    {
        kind = "PERSON", names = new[] { new { value = travellers[traveller], type = "PRIMARY" } }, nationalities = new[] { "VN" },
        documents = new[] { new { type = "PASSPORT", number = Names.Passport(traveller), country = "VN" } },
        lists = new[] { "retro-bench" }, category = "OTHER", action = "INFORM", releasableTo = new[] { "*" },
    });
    if (!response.IsSuccessStatusCode)
        throw new InvalidOperationException($"listing: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
}

async Task<long> CountAsync(string sql)
{
    await using var db = new NpgsqlConnection(pg);
    await db.OpenAsync();
    try { return (long)(await new NpgsqlCommand(sql, db).ExecuteScalarAsync())!; }
    catch (PostgresException e) when (e.SqlState == "42P01") { return 0; } // the table is created on first use
}

static async Task Until(Func<Task<bool>> done, TimeSpan timeout)
{
    var deadline = DateTime.UtcNow + timeout;
    while (!await done())
    {
        if (DateTime.UtcNow > deadline) throw new TimeoutException($"not done within {timeout}");
        await Task.Delay(25);
    }
}

static long WindowMemory(int count)
{
    GC.Collect(2, GCCollectionMode.Forced, true, true);
    var before = GC.GetTotalMemory(true);
    var window = new CrossingWindow(new RetroSettings(TimeSpan.FromDays(3), MaxCrossings: count));
    var now = DateTimeOffset.UtcNow;
    window.AddMany(Enumerable.Range(0, count).Select(i => new Crossing(Guid.CreateVersion7(), now, $"p{i}",
        new TravellerSnapshot([Names.Of(i).ToUpperInvariant()], null, null, "VNM",
        [new TravellerDocument("PASSPORT", Names.Passport(i), "VNM")], []), new ScreeningContextSnapshot("BENCH-RETRO", "ENTRY", null),
        "officer", "VN-MPS", [], 100)).ToList(), now);
    var after = GC.GetTotalMemory(true);
    GC.KeepAlive(window);
    return after - before;
}

static IEnumerable<string> UnNames(string root) => System.Xml.Linq.XDocument.Load(Path.Combine(root, "data/un/consolidated.xml"))
    .Descendants("INDIVIDUAL").Select(i => string.Join(' ', new[] { "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" }
        .Select(n => i.Element(n)?.Value.Trim()).Where(v => !string.IsNullOrEmpty(v))));

static StreamContent Xml(string root)
{
    var content = new StreamContent(File.OpenRead(Path.Combine(root, "data/un/consolidated.xml")));
    content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
    return content;
}
