namespace Watchlist.Gateway.GraphQL.Entries.Vocabulary;

public sealed class NameTypeGraphType() : WireEnumGraphType("NameType", "How strongly a name identifies the entry.", "PRIMARY", "ALIAS", "WEAK_ALIAS");
