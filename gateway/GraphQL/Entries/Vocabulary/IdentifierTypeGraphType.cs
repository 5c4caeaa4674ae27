namespace Watchlist.Gateway.GraphQL.Entries.Vocabulary;

public sealed class IdentifierTypeGraphType() : WireEnumGraphType("IdentifierType", "The kind of an online identifier.", "PHONE", "EMAIL", "SOCIAL_HANDLE", "WEBSITE");
