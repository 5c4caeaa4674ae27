using System.Diagnostics;
using System.Text.Json;
using Npgsql;

namespace Watchlist.Bench.Forwarder;

/// <summary>
/// The alerts service's forwarder under a burst of retro-like writes (a few hot alerts taking hundreds of repeated hits,
/// written by concurrent transactions of several events each), with the old per-event loader as the baseline in the same
/// run. Prints events published per second, the worst lag while the burst is written, and the drain time after it.
/// dotnet run -c Release --project bench/forwarder -- [--alerts 20] [--hits 200] [--writers 8] [--chunk 20]
/// </summary>
public static class ForwarderBench
{
    public static async Task<int> Main(string[] args)
    {
        var burst = new Burst(Arg(args, "--alerts", 20), Arg(args, "--hits", 200), Arg(args, "--writers", 8), Arg(args, "--chunk", 20));
        var postgres = Environment.GetEnvironmentVariable("BENCH_PG") is { Length: > 0 } pg ? pg
            : "Host=127.0.0.1;Port=5432;Database=watchlist_bench;Username=watchlist;Password=watchlist;Maximum Pool Size=40";
        var rabbit = Environment.GetEnvironmentVariable("RABBITMQ_URL") is { Length: > 0 } url ? url : "amqp://guest:guest@localhost:5672/";
        Console.WriteLine($"burst: {burst.Alerts} alerts x {burst.Hits} hits = {burst.Events:N0} events, {burst.Writers} writers, "
            + $"{burst.Chunk} hits per transaction; PostgreSQL {new NpgsqlConnectionStringBuilder(postgres).Database}, "
            + $"RabbitMQ {new Uri(rabbit).AbsolutePath}");

        await BurstRun.RunAsync("warm-up", "Batched", new Burst(4, 50, burst.Writers, burst.Chunk), postgres, rabbit);
        var baseline = await BurstRun.RunAsync("baseline", "PerEvent", burst, postgres, rabbit);
        var batched = await BurstRun.RunAsync("batched", "Batched", burst, postgres, rabbit);

        Console.WriteLine();
        Console.WriteLine($"{"loader",-26} {"published/s",12} {"max lag (events)",17} {"drain after burst",18} {"burst written in",17}");
        foreach (var r in new[] { baseline, batched })
            Console.WriteLine($"{r.Label + " (" + r.Loading + ")",-26} {r.PerSecond,12:N0} {r.MaxLag,17:N0} {r.Drain.TotalSeconds,16:F1} s "
                + $"{r.Written.TotalSeconds,15:F1} s");
        var ratio = batched.PerSecond / baseline.PerSecond;
        var drains = baseline.Drain.TotalSeconds / Math.Max(0.001, batched.Drain.TotalSeconds);
        Console.WriteLine($"ratio: batched publishes {ratio:F1}x the baseline's events per second; drains {drains:F1}x faster");
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            events = burst.Events, baseline_per_s = Math.Round(baseline.PerSecond), batched_per_s = Math.Round(batched.PerSecond),
            ratio = Math.Round(ratio, 2), baseline_max_lag = baseline.MaxLag, batched_max_lag = batched.MaxLag,
            baseline_drain_s = Math.Round(baseline.Drain.TotalSeconds, 2), batched_drain_s = Math.Round(batched.Drain.TotalSeconds, 2),
        }));
        return 0;
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) && v > 0 ? v : fallback;
    }
}

public sealed record Burst(int Alerts, int Hits, int Writers, int Chunk)
{
    public int Events => Alerts * Hits;
}

public sealed record RunResult(string Label, string Loading, double PerSecond, long MaxLag, TimeSpan Drain, TimeSpan Written);
