namespace Watchlist.WebConsole.Alerts;

/// <summary>What the board shows: one post (or unit), one severity, one status, or any where empty.</summary>
public sealed record BoardFilter(string? Post = null, string? Severity = null, string? Status = null)
{
    public bool Matches(Alert alert) =>
        (string.IsNullOrWhiteSpace(Post) || string.Equals(alert.Place, Post.Trim(), StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(Severity) || alert.Severity == Severity)
        && (string.IsNullOrEmpty(Status) || alert.Status == Status);

    /// <summary>The same filter as <c>GET /api/alerts</c> parameters, so the first load and live arrivals agree.</summary>
    public string Query()
    {
        var parts = new List<string>();
        // One field for a border post or a unit: the API answers alerts of either when both are named.
        if (!string.IsNullOrWhiteSpace(Post))
        {
            var place = Uri.EscapeDataString(Post.Trim().ToUpperInvariant());
            parts.Add("borderPost=" + place);
            parts.Add("unit=" + place);
        }
        if (!string.IsNullOrEmpty(Severity)) parts.Add("severity=" + Uri.EscapeDataString(Severity));
        if (!string.IsNullOrEmpty(Status)) parts.Add("status=" + Uri.EscapeDataString(Status));
        return string.Join('&', parts);
    }
}
