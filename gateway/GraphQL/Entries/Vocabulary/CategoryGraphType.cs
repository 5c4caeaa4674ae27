namespace Watchlist.Gateway.GraphQL.Entries.Vocabulary;

public sealed class CategoryGraphType() : WireEnumGraphType("Category", "Why an entry is on the watchlist.",
    "HUMAN_TRAFFICKING", "MIGRANT_SMUGGLING", "CYBER_FRAUD", "SANCTIONS", "WANTED", "MISSING_PERSON", "LOST_STOLEN_DOCUMENT", "OTHER");
