namespace Watchlist.Gateway.GraphQL.Entries.Vocabulary;

public sealed class EntryKindGraphType() : WireEnumGraphType("EntryKind", "What an entry describes.",
    ("PERSON", null), ("ORGANISATION", null),
    ("TRAVEL_DOCUMENT", "A lost or stolen document on its own."),
    ("ONLINE_IDENTIFIER", "A phone number, e-mail address or social-media account on its own."));
