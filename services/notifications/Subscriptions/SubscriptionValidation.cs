using Watchlist.Notifications.Delivery.Webhooks;

namespace Watchlist.Notifications.Subscriptions;

/// <summary>
/// Turns a request into a filter and webhook, or into field errors a person can act on. Vocabulary values
/// are checked and normalised to upper case, because a misspelt category would silently match nothing.
/// </summary>
public static class SubscriptionValidation
{
    public const int MaxNameLength = 200;
    public const int MaxFilterValues = 100;

    /// <returns>The webhook with its secret still in plaintext, for the endpoint to seal.</returns>
    public static (AlertFilter Filter, WebhookRequest? Webhook, Dictionary<string, string[]> Errors) Validate(
        SubscriptionRequest request, WebhookDestinations destinations)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name)) errors["name"] = ["A name is required."];
        else if (request.Name.Length > MaxNameLength) errors["name"] = [$"At most {MaxNameLength} characters."];

        var f = request.Filter;
        var filter = new AlertFilter(
            Free("filter.borderPosts", f?.BorderPosts, errors),
            f?.MinSeverity is null ? null : OneOf("filter.minSeverity", [f.MinSeverity], Vocabulary.Severities, errors).FirstOrDefault(),
            Free("filter.lists", f?.Lists, errors),
            OneOf("filter.categories", f?.Categories, Vocabulary.Categories, errors),
            OneOf("filter.actions", f?.Actions, Vocabulary.Actions, errors),
            OneOf("filter.statuses", f?.Statuses, Vocabulary.Statuses, errors),
            Free("filter.units", f?.Units, errors));

        WebhookRequest? webhook = null;
        if (request.Webhook is { } w)
        {
            if (destinations.RefusalOf(w.Url) is { } refusal) errors["webhook.url"] = [refusal];
            if (WebhookSecret.Decode(w.Secret) is null)
                errors["webhook.secret"] =
                [
                    $"A base64 key of {WebhookSecret.MinBytes} to {WebhookSecret.MaxBytes} bytes is required, " +
                    "optionally prefixed with whsec_.",
                ];
            if (!errors.ContainsKey("webhook.url") && !errors.ContainsKey("webhook.secret")) webhook = w;
        }
        return (filter, webhook, errors);
    }

    private static IReadOnlyList<string> Free(string field, string[]? values, Dictionary<string, string[]> errors)
    {
        if (values is null) return [];
        if (values.Length > MaxFilterValues) errors[field] = [$"At most {MaxFilterValues} values."];
        else if (values.Any(string.IsNullOrWhiteSpace)) errors[field] = ["Values must not be empty."];
        return values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct().ToArray();
    }

    private static IReadOnlyList<string> OneOf(string field, string[]? values, string[] allowed, Dictionary<string, string[]> errors)
    {
        if (values is null) return [];
        var unknown = values.Where(v => !allowed.Contains(v, StringComparer.OrdinalIgnoreCase)).ToArray();
        if (unknown.Length > 0)
        {
            errors[field] =
                [$"Unknown value(s) {string.Join(", ", unknown.Select(u => $"'{u}'"))}; allowed: {string.Join(", ", allowed)}."];
        }
        return values.Except(unknown).Select(v => v.ToUpperInvariant()).Distinct().ToArray();
    }
}
