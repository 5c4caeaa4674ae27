namespace Watchlist.Gateway.GraphQL.Entries.Vocabulary;

public sealed class DocumentTypeGraphType() : WireEnumGraphType("DocumentType", "The kind of a travel or identity document.", "PASSPORT", "NATIONAL_ID", "VISA", "OTHER");
