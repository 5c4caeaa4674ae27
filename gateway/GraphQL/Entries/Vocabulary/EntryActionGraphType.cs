namespace Watchlist.Gateway.GraphQL.Entries.Vocabulary;

public sealed class EntryActionGraphType() : WireEnumGraphType("EntryAction", "What the officer must do on a hit.",
    ("ARREST", null), ("REFUSE_ENTRY", null), ("SPECIFIC_CHECK", null), ("DISCREET_CHECK", "Check without alerting the traveller."),
    ("SEIZE_DOCUMENT", null), ("PROTECT", "A possible victim or missing person."), ("INFORM", null));
