namespace Watchlist.Alerts.Alerts;

// The closed vocabularies of API.md's alerts. On the wire they are SCREAMING_SNAKE_CASE.

public enum AlertStatus { Open, Acknowledged, Escalated, Resolved }

/// <summary>Most urgent first, so that a lower ordinal is a higher severity.</summary>
public enum AlertSeverity { Critical, High, Medium, Low }

public enum AlertOutcome { ConfirmedMatch, FalsePositive, ActionTaken, NoAction }
