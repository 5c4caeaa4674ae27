namespace Watchlist.Alerts.Alerts.Working;

public sealed record AssignRequest(string? Assignee);

public sealed record EscalateRequest(string? Reason);

public sealed record CommentRequest(string? Text);

/// <summary><c>outcome</c> is CONFIRMED_MATCH, FALSE_POSITIVE, ACTION_TAKEN or NO_ACTION, and is required.</summary>
public sealed record ResolveRequest(string? Outcome, string? Note);

public sealed record ReopenRequest(string? Reason);
