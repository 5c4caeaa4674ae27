namespace Watchlist.Gateway.GraphQL.Entries.Vocabulary;

public sealed class GenderGraphType() : WireEnumGraphType("Gender", "A person's gender as recorded.", "MALE", "FEMALE", "UNKNOWN");
