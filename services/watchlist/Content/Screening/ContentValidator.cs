using System.Text;

namespace Watchlist.WatchlistService.Content.Screening;

/// <summary>Refuses a post that cannot be screened, with field errors a person can act on.</summary>
public static class ContentValidator
{
    public const int MaxTextLength = 100_000;

    /// <summary>True when the text is over <see cref="MaxTextLength"/>: a 413, not a field error, as API.md says.</summary>
    public static bool IsTooLong(ContentScreeningRequest request) => request.Content?.Text is { Length: > MaxTextLength };

    public static Dictionary<string, string[]> Validate(ContentScreeningRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var content = request.Content;
        if (content is null) errors["content"] = ["Required: the post, with at least its text."];
        else if (string.IsNullOrWhiteSpace(content.Text)) errors["content.text"] = ["Required: the text of the post, not empty."];
        else if (!IsWellFormed(content.Text)) errors["content.text"] = ["The text is not valid Unicode (it contains a lone surrogate)."];
        else if (content.Text.Contains('\0')) errors["content.text"] = ["The text contains a NUL character."];
        Check(errors, "content.url", content?.Url, 2_000);
        Check(errors, "content.platform", content?.Platform, 50);
        Check(errors, "content.language", content?.Language, 35);
        if (content?.Url is { Length: > 0 } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
            errors["content.url"] = ["An absolute URL (https://…), as the browser shows it."];
        if (request.Context?.Unit is not { Length: > 0 and <= 50 } unit || string.IsNullOrWhiteSpace(unit) || !IsWellFormed(unit) ||
            unit.Contains('\0'))
            errors["context.unit"] = ["Required (up to 50 characters): alerts are routed to the command centres covering this unit."];
        return errors;
    }

    private static void Check(Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (value is null) return;
        if (value.Length > max) errors[field] = [$"At most {max} characters."];
        else if (!IsWellFormed(value) || value.Contains('\0')) errors[field] = ["Not valid text (a lone surrogate or a NUL)."];
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out _, out var used) != System.Buffers.OperationStatus.Done) return false;
            i += used;
        }
        return true;
    }
}
