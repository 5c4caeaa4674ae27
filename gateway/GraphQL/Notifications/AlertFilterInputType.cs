using GraphQL.Types;

namespace Watchlist.Gateway.GraphQL.Notifications;

/// <summary>
/// The filter of API.md. Field names are the notification service's own filter fields (<c>status</c> becomes
/// its <c>statuses</c>), so the gateway passes the values through as they are.
/// </summary>
public sealed class AlertFilterInputType : InputObjectGraphType
{
    public AlertFilterInputType()
    {
        Name = "AlertFilter";
        Description = "Every field given must match; an empty or missing field means any. borderPosts and units together say " +
            "where: a border alert matches when its post is named, a content alert when its unit is.";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("borderPosts")
            .Description("Border posts such as VN-TSN: border alerts only.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("units")
            .Description("Units that screen online posts, such as VN-A05: content alerts only.");
        Field<SeverityGraphType>("minSeverity").Description("This severity and the more urgent ones.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("lists").Description("Alerts on entries on any of these lists.");
        Field<ListGraphType<NonNullGraphType<CategoryGraphType>>>("categories");
        Field<ListGraphType<NonNullGraphType<EntryActionGraphType>>>("actions");
        Field<ListGraphType<NonNullGraphType<AlertStatusGraphType>>>("status").Description("Alerts in any of these statuses.");
    }
}
