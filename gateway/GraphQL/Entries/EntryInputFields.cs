using GraphQL.Types;

namespace Watchlist.Gateway.GraphQL.Entries;

/// <summary>
/// The fields of ListEntryInput and AmendEntryInput. Both parse to a dictionary of the fields the caller gave,
/// named as in the REST body, so that a field not given stays out of the request and one given as null
/// reaches a merge patch as null. The service validates everything; its field errors come back as BAD_USER_INPUT.
/// </summary>
public static class EntryInputFields
{
    public static void AddTo(InputObjectGraphType input, bool listing)
    {
        if (listing) input.Field<NonNullGraphType<EntryKindGraphType>>("kind").Description("Cannot be changed later.");
        input.Field<ListGraphType<NonNullGraphType<EntryNameInputType>>>("names")
            .Description("A person or organisation needs at least one.");
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("birthDates").Description("YYYY, YYYY-MM or YYYY-MM-DD.");
        input.Field<GenderGraphType>("gender");
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nationalities")
            .Description("ISO 3166-1 alpha-2, or alpha-3 as in a passport.");
        input.Field<ListGraphType<NonNullGraphType<TravelDocumentInputType>>>("documents");
        input.Field<ListGraphType<NonNullGraphType<OnlineIdentifierInputType>>>("identifiers");
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("lists");
        var category = input.Field<CategoryGraphType>("category");
        if (listing) category.Description("OTHER when omitted.");
        if (listing) input.Field<NonNullGraphType<EntryActionGraphType>>("action");
        else input.Field<EntryActionGraphType>("action");
        input.Field<SeverityGraphType>("severity").Description("Follows the action when omitted.");
        if (listing)
        {
            input.Field<StringGraphType>("ownerAgency")
                .Description("Always the caller's own agency (from the token); naming another is FORBIDDEN. Cannot be changed later.");
        }
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("releasableTo")
            .Description("Agency codes, or [\"*\"] for every agency." + (listing ? " Only the owner when omitted." : ""));
        input.Field<DateTimeGraphType>("validFrom");
        input.Field<DateTimeGraphType>("validUntil");
        input.Field<DateOnlyGraphType>("reviewBy");
        var source = input.Field<EntrySourceInputType>("source");
        if (listing) source.Description("manual when omitted.");
        input.Field<StringGraphType>("remarks").Description("At most 4000 characters.");
    }
}
