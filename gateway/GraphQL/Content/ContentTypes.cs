using GraphQL.Types;

namespace Watchlist.Gateway.GraphQL.Content;

public sealed class ContentInputType : InputObjectGraphType
{
    public ContentInputType()
    {
        Name = "ContentInput";
        Description = "A post as a cyber unit saw it.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The post as written, up to 100,000 characters.");
        Field<StringGraphType>("url").Description("Where the post was seen.");
        Field<StringGraphType>("platform").Description("facebook, telegram, zalo…");
        Field<DateTimeGraphType>("observedAt");
        Field<StringGraphType>("language").Description("vi, en, km, th, zh…: the region national phone numbers are read in.");
    }
}

public sealed class ContentContextInputType : InputObjectGraphType
{
    public ContentContextInputType()
    {
        Name = "ContentContextInput";
        Field<NonNullGraphType<StringGraphType>>("unit").Description("The screening unit; alerts are routed by it.");
    }
}

public sealed class ContentScreeningType : ObjectGraphType<ContentScreeningData>
{
    public ContentScreeningType()
    {
        Name = "ContentScreening";
        Description = "What was found in a post, and what hit.";
        Field<NonNullGraphType<IdGraphType>>("screeningId").Resolve(ctx => ctx.Source.ScreeningId);
        Field<NonNullGraphType<DateTimeGraphType>>("screenedAt").Resolve(ctx => ctx.Source.ScreenedAt.UtcDateTime);
        Field<NonNullGraphType<StringGraphType>>("decision").Description("CLEAR, REVIEW or MATCH.").Resolve(ctx => ctx.Source.Decision);
        Field<NonNullGraphType<ExtractedItemsType>>("extracted").Resolve(ctx => ctx.Source.Extracted);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContentHitType>>>>("hits").Resolve(ctx => ctx.Source.Hits);
    }
}

public sealed class ExtractedItemsType : ObjectGraphType<ExtractedData>
{
    public ExtractedItemsType()
    {
        Name = "ExtractedItems";
        Description = "Each item once, in the form screening compares: phones E.164, e-mails lower case, websites without scheme.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("phones").Resolve(ctx => ctx.Source.Phones);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("emails").Resolve(ctx => ctx.Source.Emails);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExtractedHandleType>>>>("handles").Resolve(ctx => ctx.Source.Handles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("websites").Resolve(ctx => ctx.Source.Websites);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("organisations")
            .Resolve(ctx => ctx.Source.Organisations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("names").Resolve(ctx => ctx.Source.Names);
    }
}

public sealed class ExtractedHandleType : ObjectGraphType<HandleData>
{
    public ExtractedHandleType()
    {
        Name = "ExtractedHandle";
        Field<StringGraphType>("platform").Resolve(ctx => ctx.Source.Platform);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(ctx => ctx.Source.Value);
    }
}

public sealed class ContentHitType : ObjectGraphType<ContentHitData>
{
    public ContentHitType()
    {
        Name = "ContentHit";
        Description = "An entry the post hit, as a screening hit is given in REST.";
        Field<NonNullGraphType<IdGraphType>>("entryId").Resolve(ctx => ctx.Source.EntryId);
        Field<NonNullGraphType<IntGraphType>>("entryVersion").Resolve(ctx => ctx.Source.EntryVersion);
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(ctx => ctx.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("band").Description("REVIEW or MATCH.").Resolve(ctx => ctx.Source.Band);
        Field<NonNullGraphType<StringGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("primaryName").Resolve(ctx => ctx.Source.PrimaryName);
        Field<StringGraphType>("matchedName").Resolve(ctx => ctx.Source.MatchedName);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("lists").Resolve(ctx => ctx.Source.Lists);
        Field<NonNullGraphType<StringGraphType>>("category").Resolve(ctx => ctx.Source.Category);
        Field<NonNullGraphType<StringGraphType>>("action").Resolve(ctx => ctx.Source.Action);
        Field<NonNullGraphType<StringGraphType>>("severity").Resolve(ctx => ctx.Source.Severity);
        Field<NonNullGraphType<StringGraphType>>("ownerAgency").Resolve(ctx => ctx.Source.OwnerAgency);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HitExplanationType>>>>("explanation").Resolve(ctx => ctx.Source.Explanation);
    }
}

public sealed class HitExplanationType : ObjectGraphType<ExplanationData>
{
    public HitExplanationType()
    {
        Name = "HitExplanation";
        Field<NonNullGraphType<StringGraphType>>("feature").Resolve(ctx => ctx.Source.Feature);
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(ctx => ctx.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("detail").Description("\"phone +84912345678 in the post\"")
            .Resolve(ctx => ctx.Source.Detail);
    }
}
