using GraphQL.Types;

namespace Watchlist.Gateway.GraphQL.Entries;

public sealed class ListEntryInputType : InputObjectGraphType
{
    public ListEntryInputType()
    {
        Name = "ListEntryInput";
        Description = "A new entry, as POST /api/entries takes it.";
        EntryInputFields.AddTo(this, listing: true);
    }
}
