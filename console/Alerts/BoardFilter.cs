namespace Watchlist.WebConsole.Alerts;

/// <summary>What the board shows: one post (or unit), one severity, one status, or any where empty.</summary>
public sealed record BoardFilter(string? Post = null, string? Severity = null, string? Status = null)
{
    public bool Matches(Alert alert) =>
        (string.IsNullOrWhiteSpace(Post) || string.Equals(alert.BorderPost, Post.Trim(), StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(Severity) || alert.Severity == Severity)
        && (string.IsNullOrEmpty(Status) || alert.Status == Status);

    /// <summary>The same filter as <c>GET /api/alerts</c> parameters, so the first load and live arrivals agree.</summary>
    public string Query()
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Post)) parts.Add("borderPost=" + Uri.EscapeDataString(Post.Trim().ToUpperInvariant()));
        if (!string.IsNullOrEmpty(Severity)) parts.Add("severity=" + Uri.EscapeDataString(Severity));
        if (!string.IsNullOrEmpty(Status)) parts.Add("status=" + Uri.EscapeDataString(Status));
        return string.Join('&', parts);
    }
}
