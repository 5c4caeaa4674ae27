using GraphQL.Types;

namespace Watchlist.Gateway.GraphQL.Entries;

/// <summary>Parsed as a dictionary of the fields given, whose names are the REST query parameters.</summary>
public sealed class EntryFilterInputType : InputObjectGraphType
{
    public EntryFilterInputType()
    {
        Name = "EntryFilter";
        Description = "Every field given must match; none given means every entry released to the caller.";
        Field<StringGraphType>("list").Description("Entries on this list, e.g. trafficking-suspects or ofac-sdn.");
        Field<EntryStatusGraphType>("status");
        Field<EntryKindGraphType>("kind");
        Field<StringGraphType>("q").Description("Matches names, ignoring case and accents.");
    }
}
