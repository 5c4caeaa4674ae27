using System.Diagnostics;
using System.Text;
using Watchlist.Tests.Fuzz.Running;
using Watchlist.Tests.Integration.Infrastructure;
using Xunit.Abstractions;

namespace Watchlist.Tests.Fuzz;

/// <summary>
/// Generated hostile input against every endpoint and GraphQL operation, through the gateway to the real hosts.
/// Rate limits are lifted for this class only: a 429 would hide what the services do with the input.
/// </summary>
[GatewaySetting("RateLimits:StandardPerSecond", "1000000")]
[GatewaySetting("RateLimits:ScreeningPerSecond", "1000000")]
public sealed class HostileInputFuzzTests(PlatformTest<HostileInputFuzzTests>.Fixture fixture, RabbitMqFixture rabbit,
    ITestOutputHelper output)
    : PlatformTest<HostileInputFuzzTests>(fixture, rabbit)
{
    private const int ShrunkFailures = 5;

    [Fact]
    public async Task Hostile_input_gets_2xx_or_4xx_problem_writes_nothing_half_and_leaves_every_host_ready()
    {
        var clock = Stopwatch.StartNew();
        using var sender = new Sender(Platform.Gateway.Address);
        var ledger = new Ledger();
        var report = new Report();
        var targets = await FuzzSetup.ListTargetsAsync(sender, ledger, FuzzSettings.Workers);
        var run = new FuzzRun(targets, ledger, sender, report);
        await run.ReadTargetsAsync();

        var failures = await run.RunAsync(FuzzSettings.Seed, FuzzSettings.Cases);
        var finalProblems = await FinalState.ProblemsAsync(Platform, ledger);
        var seconds = clock.Elapsed.TotalSeconds;

        var summary = report.Render($"Fuzz run: FUZZ_SEED={FuzzSettings.Seed}, {FuzzRun.Endpoints.Length} endpoints, " +
            $"{FuzzSettings.Workers} workers, " +
            $"{seconds:F0} s; {failures.Count} failing cases, {finalProblems.Count} problems in the final state.");
        output.WriteLine(summary);
        await File.WriteAllTextAsync(FuzzSettings.ReportPath,
            summary + string.Concat(failures.Select(f => $"\n--- {f.Violation}\n{f.Case}\n")));
        output.WriteLine($"(written to {FuzzSettings.ReportPath})");

        Assert.True(report.Total >= FuzzSettings.Cases, $"Only {report.Total} of {FuzzSettings.Cases} cases ran.");
        if (failures.Count == 0 && finalProblems.Count == 0) return;
        Assert.Fail(await ExplainAsync(run, failures, finalProblems));
    }

    private static async Task<string> ExplainAsync(FuzzRun run, IReadOnlyList<Failure> failures, IReadOnlyList<string> finalProblems)
    {
        var text = new StringBuilder($"Replay this run with FUZZ_SEED={FuzzSettings.Seed}.\n");
        foreach (var problem in finalProblems) text.AppendLine($"Final state: {problem}");
        var byEndpoint = failures.GroupBy(f => f.Case.Endpoint).OrderByDescending(g => g.Count()).ToList();
        text.AppendLine($"{failures.Count} failing cases on {byEndpoint.Count} endpoints:");
        foreach (var group in byEndpoint)
            text.AppendLine($"  {group.Key}: {group.Count()}, e.g. {group.First().Violation}");
        foreach (var failure in byEndpoint.Take(ShrunkFailures).Select(g => g.First()))
        {
            text.AppendLine($"\n--- {failure.Case.Endpoint}: {failure.Violation}\n  input (case seed {failure.Seed}):\n{failure.Case}");
            text.AppendLine($"  shrunk: {await run.ShrinkAsync(failure)}");
        }
        return text.ToString();
    }
}
