using GraphQL.Types;

namespace Watchlist.Gateway.GraphQL.Entries;

public sealed class AmendEntryInputType : InputObjectGraphType
{
    public AmendEntryInputType()
    {
        Name = "AmendEntryInput";
        Description = "A JSON merge patch of the changeable fields: a field not given stays as it is, one given as null is cleared, "
            + "a list given replaces the whole list. Status changes through suspendEntry, reinstateEntry and delistEntry.";
        EntryInputFields.AddTo(this, listing: false);
    }
}
