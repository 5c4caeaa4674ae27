namespace Watchlist.Gateway.GraphQL.Entries.Vocabulary;

public sealed class SeverityGraphType() : WireEnumGraphType("Severity", "How urgent a hit is; defaults follow the action.", "CRITICAL", "HIGH", "MEDIUM", "LOW");
