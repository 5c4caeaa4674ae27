using System.Text.Json;
using System.Text.Json.Serialization;

namespace Watchlist.Bench.Speed;

/// <summary>The benchmark's last line.</summary>
public sealed record ResultLine(
    [property: JsonPropertyName("entries")] int Entries,
    [property: JsonPropertyName("names")] long Names,
    [property: JsonPropertyName("queries")] int Queries,
    [property: JsonPropertyName("p50_us")] double P50Us,
    [property: JsonPropertyName("p99_us")] double P99Us,
    [property: JsonPropertyName("qps")] double Qps,
    [property: JsonPropertyName("recall")] double Recall,
    [property: JsonPropertyName("precision")] double Precision,
    [property: JsonPropertyName("baseline")] string Baseline,
    [property: JsonPropertyName("baseline_p50_us")] double? BaselineP50Us,
    [property: JsonPropertyName("baseline_p99_us")] double? BaselineP99Us,
    [property: JsonPropertyName("baseline_recall")] double? BaselineRecall,
    [property: JsonPropertyName("baseline_precision")] double? BaselinePrecision,
    [property: JsonPropertyName("speedup_p50")] double? SpeedupP50,
    [property: JsonPropertyName("index_mb")] double IndexMb,
    [property: JsonPropertyName("build_s")] double BuildS,
    [property: JsonPropertyName("baseline_threshold")] double? BaselineThreshold,
    [property: JsonPropertyName("baseline_queries")] int BaselineQueries,
    [property: JsonPropertyName("peak_working_set_mb")] double PeakWorkingSetMb,
    [property: JsonPropertyName("build_baseline_s")] double? BuildBaselineS,
    [property: JsonPropertyName("build_speedup")] double? BuildSpeedup)
{
    private static readonly JsonSerializerOptions Options = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public string ToJson() => JsonSerializer.Serialize(this with
    {
        P50Us = Round(P50Us),
        P99Us = Round(P99Us),
        Qps = Math.Round(Qps),
        Recall = Round(Recall, 4),
        Precision = Round(Precision, 4),
        BaselineP50Us = Round(BaselineP50Us),
        BaselineP99Us = Round(BaselineP99Us),
        BaselineRecall = Round(BaselineRecall, 4),
        BaselinePrecision = Round(BaselinePrecision, 4),
        SpeedupP50 = Round(SpeedupP50, 1),
        IndexMb = Round(IndexMb),
        BuildS = Round(BuildS, 2),
        PeakWorkingSetMb = Round(PeakWorkingSetMb),
        BuildBaselineS = Round(BuildBaselineS, 2),
        BuildSpeedup = Round(BuildSpeedup, 2),
    }, Options);

    private static double Round(double value, int digits = 1) => Math.Round(value, digits);

    private static double? Round(double? value, int digits = 1) => value is { } v ? Math.Round(v, digits) : null;
}
