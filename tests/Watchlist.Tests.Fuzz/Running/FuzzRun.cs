using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using CsCheck;
using Watchlist.Tests.Fuzz.Cases;
using Watchlist.Tests.Fuzz.Generators;

namespace Watchlist.Tests.Fuzz.Running;

/// <summary>A case that broke the property, with the seed that regenerates exactly its input.</summary>
public sealed record Failure(int Endpoint, string Seed, FuzzCase Case, string Violation);

/// <summary>
/// Runs generated cases on parallel workers. Case i of a run is a pure function of (master seed, i): its endpoint is drawn
/// from one PCG stream and its input from another, whose seed is printed, so one case can be regenerated and shrunk alone.
/// </summary>
public sealed class FuzzRun(Targets targets, Ledger ledger, Sender sender, Report report)
{
    public static readonly Gen<FuzzCase>[] Endpoints =
        [.. EntryCases.All(), .. ImportCases.All(), .. ScreeningCases.All(), .. ContentCases.All(), .. AlertCases.All(),
            .. NotificationCases.All(), .. GraphQLCases.All(), .. GovernanceCases.All(), .. OperationsCases.All()];

    private static readonly Caller Admin = new("admin");
    private static readonly Caller Board = new("command-centre");

    public async Task<IReadOnlyList<Failure>> RunAsync(ulong master, int cases)
    {
        var next = -1;
        var failures = new ConcurrentBag<Failure>();
        await Task.WhenAll(targets.Workers.Select(async own =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < cases)
            {
                var (endpoint, seed, fuzzCase) = CaseOf(master, i);
                if (await CheckAsync(fuzzCase, own) is { } violation) failures.Add(new Failure(endpoint, seed, fuzzCase, violation));
            }
        }));
        return [.. failures];
    }

    public static (int Endpoint, string Seed, FuzzCase Case) CaseOf(ulong master, int i)
    {
        var endpoint = (int)new PCG(1, Mix(master, (ulong)i)).Next((uint)Endpoints.Length);
        var pcg = new PCG(2, Mix(master, (ulong)i + 0x9E3779B97F4A7C15UL));
        var seed = pcg.ToString(pcg.State);
        return (endpoint, seed, Endpoints[endpoint].Generate(pcg, null, out _));
    }

    /// <summary>Regenerates one case from its printed seed and lets CsCheck look for a smaller input that fails the same way.</summary>
    public async Task<string> ShrinkAsync(Failure failure)
    {
        try
        {
            await Endpoints[failure.Endpoint].SampleAsync(async c =>
            {
                if (await CheckAsync(c, targets.Workers[0]) is { } violation) throw new InvalidOperationException(violation);
            }, seed: failure.Seed, iter: 200, time: 15, threads: 1, print: c => c.ToString());
            return "(the case passed when run again alone: it depends on what ran before it)";
        }
        catch (CsCheckException shrunk)
        {
            return $"{shrunk.Message}\n  violation: {shrunk.InnerException?.Message}";
        }
    }

    /// <summary>Sends the case and returns what is wrong with the answer or with the state it left, or null.</summary>
    public async Task<string?> CheckAsync(FuzzCase fuzzCase, WorkerTargets own)
    {
        var graphQL = fuzzCase.Effect == Effect.GraphQL;
        var onAlert = fuzzCase.Targets("{alert}");
        var path = targets.Resolve(fuzzCase.Path, own, onAlert);
        var body = graphQL && fuzzCase.Body is { } b
            ? b with { Bytes = Encoding.UTF8.GetBytes(targets.Resolve(Encoding.UTF8.GetString(b.Bytes), own, onAlert)) } : fuzzCase.Body;
        var headers = fuzzCase.Headers.Select(h => KeyValuePair.Create(h.Key, targets.Resolve(h.Value, own, onAlert))).ToList();

        Answer answer;
        try
        {
            answer = await sender.SendAsync(fuzzCase.Method, path, fuzzCase.Caller, body, headers);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            report.Count(fuzzCase.Endpoint, 0);
            return $"no answer: {e.GetType().Name}: {e.Message} {e.InnerException?.Message}";
        }
        report.Count(fuzzCase.Endpoint, answer.Code);
        if (Oracle.IsRefusedByKestrel(answer)) report.RefusedByKestrel();
        if (graphQL) CountGraphQLCodes(answer);
        ledger.Record(fuzzCase, path, answer);

        return Oracle.Violation(answer, graphQL)
            ?? Leak(fuzzCase, answer, graphQL)
            ?? await HalfWrittenAsync(fuzzCase, answer, own, graphQL, onAlert);
    }

    /// <summary>The foreign entry is released to its own agency only: no accepted answer to anyone else may carry its id.</summary>
    private string? Leak(FuzzCase fuzzCase, Answer answer, bool graphQL)
    {
        if (!answer.Succeeded || fuzzCase.Caller.Agency == Caller.Other) return null;
        var shown = graphQL
            ? answer.Json() is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("data", out var d) ? d.GetRawText() : ""
            : answer.Text;
        return shown.Contains(targets.Foreign.ToString(), StringComparison.OrdinalIgnoreCase)
            ? $"another agency's entry reached {fuzzCase.Caller}: {Oracle.Cut(shown)}" : null;
    }

    /// <summary>After a change to the worker's own entry or alert: refused means nothing moved; accepted moves the expectation
    /// on.</summary>
    private async Task<string?> HalfWrittenAsync(FuzzCase fuzzCase, Answer answer, WorkerTargets own, bool graphQL, bool onAlert)
    {
        var changesEntry = fuzzCase.Effect == Effect.ChangesEntry || (graphQL && IsMutation(fuzzCase) && fuzzCase.Targets("{entry}"));
        var changesAlert = fuzzCase.Effect == Effect.ChangesAlert || (graphQL && IsMutation(fuzzCase) && onAlert);
        if (!changesEntry && !changesAlert) return null;
        var refused = !answer.Succeeded || (graphQL && answer.Json() is { ValueKind: JsonValueKind.Object } r
            && r.TryGetProperty("errors", out _));

        var before = changesAlert ? own.AlertState : own.EntryState;
        var after = changesAlert ? await ReadAsync($"/api/alerts/{own.Alert}", Board) : await ReadAsync($"/api/entries/{own.Entry}", Admin);
        if (changesAlert) own.AlertState = after; else own.EntryState = after;
        return refused && after != before
            ? $"a refused change ({answer.Code}) was written anyway: before it the {(changesAlert ? "alert" : "entry")} had {before}, " +
                $"after it {after}"
            : null;
    }

    private static bool IsMutation(FuzzCase fuzzCase) =>
        fuzzCase.Body is { } b && Encoding.UTF8.GetString(b.Bytes).Contains("mutation", StringComparison.Ordinal);

    /// <summary>Where each worker's entry and alert stand before the first case.</summary>
    public async Task ReadTargetsAsync()
    {
        foreach (var own in targets.Workers)
        {
            own.EntryState = await ReadAsync($"/api/entries/{own.Entry}", Admin);
            own.AlertState = await ReadAsync($"/api/alerts/{own.Alert}", Board);
        }
    }

    public async Task<Version> ReadAsync(string path, Caller caller)
    {
        var current = await sender.GetAsync(path, caller);
        var history = await sender.GetAsync(path + "/history", caller);
        if (!current.Succeeded || !history.Succeeded)
            throw new InvalidOperationException($"Cannot read {path}: {current.Code}, history {history.Code}.");
        var version = current.Json()!.Value.GetProperty("version").GetInt32();
        return new Version(version, history.Json()!.Value.GetArrayLength());
    }

    private void CountGraphQLCodes(Answer answer)
    {
        if (answer.Json() is not { ValueKind: JsonValueKind.Object } result || !result.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array) return;
        foreach (var error in errors.EnumerateArray())
            report.GraphQLCode(error.TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var c)
                ? c.GetString() ?? "(null)"
                : "(none)");
    }

    private static ulong Mix(ulong master, ulong i)
    {
        // SplitMix64: neighbouring case numbers get unrelated seeds.
        var z = master + (i + 1) * 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
