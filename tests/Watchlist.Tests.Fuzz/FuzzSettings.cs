using System.Globalization;
using System.Security.Cryptography;

namespace Watchlist.Tests.Fuzz;

/// <summary>
/// FUZZ_SEED replays a whole run (every case's input is a function of it); FUZZ_CASES sets how many cases;
/// FUZZ_REPORT where the counts go. Without FUZZ_SEED each run draws a new seed and prints it.
/// </summary>
public static class FuzzSettings
{
    public static ulong Seed { get; } = Environment.GetEnvironmentVariable("FUZZ_SEED") is { Length: > 0 } seed
        ? ulong.Parse(seed, CultureInfo.InvariantCulture)
        : BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));

    public static int Cases { get; } = Environment.GetEnvironmentVariable("FUZZ_CASES") is { Length: > 0 } cases
        ? int.Parse(cases, CultureInfo.InvariantCulture) : 10_000;

    /// <summary>Concurrent clients; each owns its targets. Eight keep two cores busy without starving the hosts.</summary>
    public static int Workers { get; } = Environment.GetEnvironmentVariable("FUZZ_WORKERS") is { Length: > 0 } workers
        ? int.Parse(workers, CultureInfo.InvariantCulture) : 8;

    public static string ReportPath { get; } = Environment.GetEnvironmentVariable("FUZZ_REPORT") is { Length: > 0 } path
        ? path : Path.Combine(AppContext.BaseDirectory, "fuzz-report.txt");
}
