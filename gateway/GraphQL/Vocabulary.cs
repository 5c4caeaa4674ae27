using GraphQL.Types;

namespace Watchlist.Gateway.GraphQL;

/// <summary>
/// A closed vocabulary of API.md whose GraphQL names are the REST wire names (SCREAMING_SNAKE_CASE), each
/// standing for itself: the resolvers pass the wire strings through in both directions.
/// </summary>
public abstract class WireEnumGraphType : EnumerationGraphType
{
    protected WireEnumGraphType(string name, string description, params (string Value, string? Description)[] values)
    {
        Name = name;
        Description = description;
        foreach (var (value, meaning) in values) Add(value, value, meaning);
    }

    protected WireEnumGraphType(string name, string description, params string[] values)
        : this(name, description, values.Select(v => (v, (string?)null)).ToArray()) { }
}

// Entries

public sealed class CategoryGraphType() : WireEnumGraphType("Category", "Why an entry is on the watchlist.",
    "HUMAN_TRAFFICKING", "MIGRANT_SMUGGLING", "CYBER_FRAUD", "SANCTIONS", "WANTED", "MISSING_PERSON", "LOST_STOLEN_DOCUMENT", "OTHER");

public sealed class DocumentTypeGraphType()
    : WireEnumGraphType("DocumentType", "The kind of a travel or identity document.", "PASSPORT", "NATIONAL_ID", "VISA", "OTHER");

public sealed class EntryActionGraphType() : WireEnumGraphType("EntryAction", "What the officer must do on a hit.",
    ("ARREST", null), ("REFUSE_ENTRY", null), ("SPECIFIC_CHECK", null), ("DISCREET_CHECK", "Check without alerting the traveller."),
    ("SEIZE_DOCUMENT", null), ("PROTECT", "A possible victim or missing person."), ("INFORM", null));

public sealed class EntryKindGraphType() : WireEnumGraphType("EntryKind", "What an entry describes.",
    ("PERSON", null), ("ORGANISATION", null),
    ("TRAVEL_DOCUMENT", "A lost or stolen document on its own."),
    ("ONLINE_IDENTIFIER", "A phone number, e-mail address or social-media account on its own."));

public sealed class EntryStatusGraphType() : WireEnumGraphType("EntryStatus", "Whether an entry takes part in screening.",
    ("ACTIVE", "Screened against."), ("SUSPENDED", "Temporarily not screened; can be reinstated."),
    ("DELISTED", "Taken off the watchlist for good."), ("EXPIRED", "Past its validUntil."),
    ("PENDING_APPROVAL", "On a four-eyes list, waiting for a second admin; never screened against."),
    ("REJECTED", "Refused by a second admin; final."));

public sealed class GenderGraphType() : WireEnumGraphType("Gender", "A person's gender as recorded.", "MALE", "FEMALE", "UNKNOWN");

public sealed class IdentifierTypeGraphType()
    : WireEnumGraphType("IdentifierType", "The kind of an online identifier.", "PHONE", "EMAIL", "SOCIAL_HANDLE", "WEBSITE");

public sealed class NameTypeGraphType()
    : WireEnumGraphType("NameType", "How strongly a name identifies the entry.", "PRIMARY", "ALIAS", "WEAK_ALIAS");

public sealed class SeverityGraphType()
    : WireEnumGraphType("Severity", "How urgent a hit is; defaults follow the action.", "CRITICAL", "HIGH", "MEDIUM", "LOW");

// Alerts and notifications

public sealed class AlertStatusGraphType() : WireEnumGraphType("AlertStatus", "Where an alert stands in its handling.",
    "OPEN", "ACKNOWLEDGED", "ESCALATED", "RESOLVED");

public sealed class AlertNotificationKindGraphType() : WireEnumGraphType("AlertNotificationKind", "Whether the alert is new or changed.",
    ("RAISED", "A new alert."), ("CHANGED", "An alert was acknowledged, assigned, escalated, resolved or reopened, or its hit repeated."));

public sealed class AlertOutcomeGraphType() : WireEnumGraphType("AlertOutcome", "How an alert was resolved.",
    ("CONFIRMED_MATCH", "The traveller is the listed person."),
    ("FALSE_POSITIVE", "Not the listed person; later hits of this traveller on this entry are counted on the alert without a new one."),
    ("ACTION_TAKEN", null), ("NO_ACTION", null));
