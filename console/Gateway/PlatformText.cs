using Microsoft.Extensions.Localization;

namespace Watchlist.WebConsole.Gateway;

/// <summary>
/// What the platform says, in the user's language. The APIs speak in codes (<c>ACKNOWLEDGED</c>, <c>FALSE_POSITIVE</c>) and in
/// English problem details; a page shows neither as it came, but through the console's resources: <c>Code.{group}.{code}</c>
/// for a code and <c>Api.{the API's English text}</c> for a problem's title or detail, so that a translator adds a line to the
/// resource files and no page changes.
/// </summary>
public static class PlatformText
{
    /// <summary>
    /// A code of a group (<c>Status</c>, <c>Severity</c>, <c>Band</c>, …); a code the console does not know yet shows as sent.
    /// </summary>
    public static string Code(this IStringLocalizer l, string group, string? code)
    {
        if (string.IsNullOrEmpty(code)) return "—";
        var text = l[$"Code.{group}.{code}"];
        return text.ResourceNotFound ? code : text.Value;
    }

    /// <summary>
    /// A problem the platform answered: its title and detail where the console knows them, otherwise what its status means.
    /// Texts the console does not know (a detail naming an id, say) are left out rather than shown untranslated.
    /// </summary>
    public static string Problem(this IStringLocalizer l, ApiProblem problem)
    {
        var title = Known(l, problem.Title);
        var detail = Known(l, problem.Detail);
        var head = title ?? Known(l, $"Problem.Status.{problem.Status}", prefixed: true) ?? l["Problem.Status.Other"].Value;
        return detail is null || detail == head ? head : $"{head} {detail}";
    }

    /// <summary>
    /// A field's message: the console's words where it knows the API's message, else the API's own (most of those quote what
    /// the user typed, "'XX' is not an ISO 3166-1 country code.", which a fixed translation cannot).
    /// </summary>
    public static string Field(this IStringLocalizer l, string message) => Known(l, message) ?? message;

    private static string? Known(IStringLocalizer l, string? text, bool prefixed = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var found = l[prefixed ? text : "Api." + text.Trim()];
        return found.ResourceNotFound ? null : found.Value;
    }
}
