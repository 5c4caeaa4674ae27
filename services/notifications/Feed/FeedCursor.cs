using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Watchlist.Notifications.Feed;

/// <summary>A feed cursor as it travels: the decimal position in one subscription's feed, 0 meaning "from the start".</summary>
public static class FeedCursor
{
    public static bool TryParse(string? text, out long cursor)
    {
        cursor = 0;
        if (string.IsNullOrWhiteSpace(text)) return true;
        return long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out cursor);
    }

    public static ValidationProblem Invalid(string field, string? text) => TypedResults.ValidationProblem(new Dictionary<string, string[]>
    {
        [field] = [$"'{text}' is not a feed cursor; use the id of an event or the cursor of an item you received."],
    });
}
