using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Watchlist.Tests.Fuzz.Running;

/// <summary>Cases per endpoint and the status histogram, for the test output and for a file the lead can quote.</summary>
public sealed class Report
{
    private readonly ConcurrentDictionary<(string Endpoint, int Status), int> _counts = new();
    private readonly ConcurrentDictionary<string, int> _graphQLCodes = new();

    private int _refusedByKestrel;

    public int Total => _counts.Values.Sum();

    public void RefusedByKestrel() => Interlocked.Increment(ref _refusedByKestrel);

    public void Count(string endpoint, int status) => _counts.AddOrUpdate((endpoint, status), 1, (_, n) => n + 1);

    public void GraphQLCode(string code) => _graphQLCodes.AddOrUpdate(code, 1, (_, n) => n + 1);

    public string Render(string header)
    {
        var text = new StringBuilder(header).AppendLine();
        var statuses = _counts.Keys.Select(k => k.Status).Distinct().Order().ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Total:N0} cases.").AppendLine().AppendLine("Status histogram:");
        foreach (var status in statuses)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {status}: {_counts.Where(c => c.Key.Status == status).Sum(c => c.Value),7:N0}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  (of the 4xx, {_refusedByKestrel:N0} refused by Kestrel before the application, without a body)");
        text.AppendLine().AppendLine("Cases per endpoint (by status):");
        foreach (var endpoint in _counts.Keys.Select(k => k.Endpoint).Distinct().Order(StringComparer.Ordinal))
        {
            var row = _counts.Where(c => c.Key.Endpoint == endpoint).OrderBy(c => c.Key.Status).ToList();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {endpoint,-52} {row.Sum(c => c.Value),6:N0}   {string.Join(" ", row.Select(c => $"{c.Key.Status}×{c.Value}"))}");
        }
        if (!_graphQLCodes.IsEmpty)
        {
            text.AppendLine().AppendLine("GraphQL error codes:");
            foreach (var (code, n) in _graphQLCodes.OrderByDescending(c => c.Value))
                text.AppendLine(CultureInfo.InvariantCulture, $"  {code}: {n:N0}");
        }
        return text.ToString();
    }
}
