using Watchlist.Gateway.GraphQL.Entries.Vocabulary;

namespace Watchlist.Gateway.GraphQL.Subscriptions;

public sealed class AlertStatusGraphType() : WireEnumGraphType("AlertStatus", "Where an alert stands in its handling.",
    "OPEN", "ACKNOWLEDGED", "ESCALATED", "RESOLVED");

public sealed class AlertNotificationKindGraphType() : WireEnumGraphType("AlertNotificationKind", "Whether the alert is new or changed.",
    ("RAISED", "A new alert."), ("CHANGED", "An alert was acknowledged, assigned, escalated, resolved or reopened, or its hit repeated."));
