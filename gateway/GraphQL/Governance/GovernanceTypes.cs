using GraphQL.Types;

namespace Watchlist.Gateway.GraphQL.Governance;

public sealed class ListPolicyType : ObjectGraphType<ListPolicyData>
{
    public ListPolicyType()
    {
        Name = "ListPolicy";
        Description = "How the caller's agency governs its entries on one list, with its last change.";
        Field<NonNullGraphType<StringGraphType>>("list").Resolve(ctx => ctx.Source.List);
        Field<NonNullGraphType<StringGraphType>>("ownerAgency").Resolve(ctx => ctx.Source.OwnerAgency);
        Field<NonNullGraphType<BooleanGraphType>>("fourEyes").Description("New entries and delistings wait for a second admin.")
            .Resolve(ctx => ctx.Source.FourEyes);
        Field<IntGraphType>("reviewEveryDays").Description("Sets reviewBy on listing and on review.")
            .Resolve(ctx => ctx.Source.ReviewEveryDays);
        Field<IntGraphType>("autoSuspendOverdueDays").Description("Entries overdue this long are suspended by the system.")
            .Resolve(ctx => ctx.Source.AutoSuspendOverdueDays);
        Field<NonNullGraphType<IntGraphType>>("version").Resolve(ctx => ctx.Source.Version);
        Field<NonNullGraphType<DateTimeGraphType>>("changedAt").Resolve(ctx => ctx.Source.ChangedAt.UtcDateTime);
        Field<NonNullGraphType<StringGraphType>>("changedBy").Resolve(ctx => ctx.Source.ChangedBy);
        Field<StringGraphType>("reason").Resolve(ctx => ctx.Source.Reason);
    }
}

public sealed class ListPolicyPageType : ObjectGraphType<ListPolicyPageData>
{
    public ListPolicyPageType()
    {
        Name = "ListPolicyPage";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListPolicyType>>>>("items").Resolve(ctx => ctx.Source.Items);
        Field<StringGraphType>("nextCursor").Description("Pass as after for the next page; null on the last.")
            .Resolve(ctx => ctx.Source.NextCursor);
    }
}

public sealed class ImpactType : ObjectGraphType<ImpactData>
{
    public ImpactType()
    {
        Name = "Impact";
        Description = "What a proposed entry would have hit in the retro window; counts only, no traveller.";
        Field<NonNullGraphType<DateTimeGraphType>>("from").Resolve(ctx => ctx.Source.From.UtcDateTime);
        Field<NonNullGraphType<DateTimeGraphType>>("to").Resolve(ctx => ctx.Source.To.UtcDateTime);
        Field<NonNullGraphType<IntGraphType>>("crossings").Resolve(ctx => ctx.Source.Crossings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImpactBandType>>>>("byBand")
            .Resolve(ctx => ctx.Source.ByBand.OrderBy(b => b.Key, StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImpactPlaceType>>>>("byPlace").Resolve(ctx => ctx.Source.ByPlace);
        Field<IntGraphType>("observations").Description("Content observations; null while they are not counted.")
            .Resolve(ctx => ctx.Source.Observations);
    }
}

public sealed class ImpactBandType : ObjectGraphType<KeyValuePair<string, int>>
{
    public ImpactBandType()
    {
        Name = "ImpactBand";
        Field<NonNullGraphType<StringGraphType>>("band").Description("REVIEW or MATCH.").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("crossings").Resolve(ctx => ctx.Source.Value);
    }
}

public sealed class ImpactPlaceType : ObjectGraphType<ImpactPlaceData>
{
    public ImpactPlaceType()
    {
        Name = "ImpactPlace";
        Field<NonNullGraphType<StringGraphType>>("borderPost").Resolve(ctx => ctx.Source.BorderPost);
        Field<NonNullGraphType<StringGraphType>>("band").Resolve(ctx => ctx.Source.Band);
        Field<NonNullGraphType<IntGraphType>>("crossings").Resolve(ctx => ctx.Source.Crossings);
    }
}

public sealed class PersonalDataReadType : ObjectGraphType<PersonalDataReadData>
{
    public PersonalDataReadType()
    {
        Name = "PersonalDataRead";
        Description = "One read of personal data: who, for which agency, what, when and why.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("subject").Resolve(ctx => ctx.Source.Subject);
        Field<StringGraphType>("agency").Resolve(ctx => ctx.Source.Agency);
        Field<NonNullGraphType<StringGraphType>>("resource").Description("screening:{id} or access-log.")
            .Resolve(ctx => ctx.Source.Resource);
        Field<NonNullGraphType<DateTimeGraphType>>("at").Resolve(ctx => ctx.Source.At.UtcDateTime);
        Field<StringGraphType>("purpose").Description("X-Purpose; null for an officer reading their own record.")
            .Resolve(ctx => ctx.Source.Purpose);
        Field<StringGraphType>("correlationId").Resolve(ctx => ctx.Source.CorrelationId);
    }
}

public sealed class AccessLogPageType : ObjectGraphType<AccessLogPageData>
{
    public AccessLogPageType()
    {
        Name = "AccessLogPage";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonalDataReadType>>>>("items").Resolve(ctx => ctx.Source.Items);
        Field<StringGraphType>("nextCursor").Description("Pass as after for the next page; null on the last.")
            .Resolve(ctx => ctx.Source.NextCursor);
    }
}
