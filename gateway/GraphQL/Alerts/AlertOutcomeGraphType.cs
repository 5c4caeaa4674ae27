using Watchlist.Gateway.GraphQL.Entries.Vocabulary;

namespace Watchlist.Gateway.GraphQL.Alerts;

public sealed class AlertOutcomeGraphType() : WireEnumGraphType("AlertOutcome", "How an alert was resolved.",
    ("CONFIRMED_MATCH", "The traveller is the listed person."),
    ("FALSE_POSITIVE", "Not the listed person; later hits of this traveller on this entry are counted on the alert without a new one."),
    ("ACTION_TAKEN", null), ("NO_ACTION", null));
