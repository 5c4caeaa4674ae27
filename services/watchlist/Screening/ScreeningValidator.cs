using Watchlist.Matching;
using System.Text;
using Watchlist.WatchlistService.Entries.Input;

namespace Watchlist.WatchlistService.Screening;

/// <summary>Refuses what cannot be screened, with field errors an integrator can fix.</summary>
public static class ScreeningValidator
{
    public const int MaxNames = 10;
    public const int MaxNameLength = 300;
    public const int MaxItems = 20;
    public const int MaxLimit = 50;

    public static void Validate(TravellerInput? traveller, string prefix, Dictionary<string, string[]> errors, DateOnly today)
    {
        if (traveller is null) { errors[$"{prefix}"] = ["Required: at least a name, a document or an identifier."]; return; }
        var names = traveller.AllNames;
        if (names.All(string.IsNullOrWhiteSpace) && (traveller.Documents ?? []).Count == 0 && (traveller.Identifiers ?? []).Count == 0)
            errors[prefix] = ["Give at least one of name, names, documents or identifiers."];
        if (names.Count > MaxNames) errors[$"{prefix}.names"] = [$"At most {MaxNames} names."];
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] is null) errors[$"{prefix}.names[{i}]"] = ["A name is text, not null."];
            else if (names[i].Length > MaxNameLength)
                errors[$"{prefix}.names[{i}]"] = [$"A name has at most {MaxNameLength} characters; this one has {names[i].Length}."];
            else if (!IsWellFormed(names[i]))
                errors[$"{prefix}.names[{i}]"] = ["The name is not valid Unicode (it contains a lone surrogate)."];
        }
        if (traveller.BirthDate is { } date && !PartialDates.IsValid(date, today))
            errors[$"{prefix}.birthDate"] = [$"'{Short(date)}' is not a past date written YYYY, YYYY-MM or YYYY-MM-DD."];
        if (traveller.Nationality is { } nationality && CountryCodes.ToAlpha2(nationality) is null)
            errors[$"{prefix}.nationality"] = [$"'{Short(nationality)}' is not an ISO 3166-1 country code."];
        var documents = traveller.Documents ?? [];
        if (documents.Count > MaxItems) errors[$"{prefix}.documents"] = [$"At most {MaxItems} documents."];
        for (var i = 0; i < Math.Min(documents.Count, MaxItems); i++)
        {
            // A null item ([null]) is the client's mistake, not a server fault.
            if (documents[i] is null) { errors[$"{prefix}.documents[{i}]"] = ["A document object is required, not null."]; continue; }
            if (documents[i].Number is not { Length: > 0 and <= 40 } number || !IsWellFormed(number))
                errors[$"{prefix}.documents[{i}].number"] = ["A document number of 1 to 40 characters is required."];
            if (documents[i].Country is { } country && CountryCodes.ToAlpha2(country) is null)
                errors[$"{prefix}.documents[{i}].country"] =
                    [$"'{Short(country)}' is not an ISO 3166-1 country code (alpha-2 or alpha-3)."];
        }
        var identifiers = traveller.Identifiers ?? [];
        if (identifiers.Count > MaxItems) errors[$"{prefix}.identifiers"] = [$"At most {MaxItems} identifiers."];
        for (var i = 0; i < Math.Min(identifiers.Count, MaxItems); i++)
        {
            if (identifiers[i] is null)
            {
                errors[$"{prefix}.identifiers[{i}]"] = ["An identifier object is required, not null."];
                continue;
            }
            if (identifiers[i].Type is null)
                errors[$"{prefix}.identifiers[{i}].type"] = ["Required: PHONE, EMAIL, SOCIAL_HANDLE or WEBSITE."];
            if (identifiers[i].Value is not { Length: > 0 and <= MaxNameLength } value || !IsWellFormed(value))
                errors[$"{prefix}.identifiers[{i}].value"] = [$"A value of 1 to {MaxNameLength} characters is required."];
        }
    }

    public static void Validate(ScreeningContextInput? context, int? limit, Dictionary<string, string[]> errors)
    {
        if (context?.BorderPost is not { Length: > 0 and <= 50 })
            errors["context.borderPost"] = ["Required (up to 50 characters): alerts are routed to the command centres covering this post."];
        if (context?.Direction is { } direction && direction is not ("ENTRY" or "EXIT" or "TRANSIT"))
            errors["context.direction"] = ["ENTRY, EXIT or TRANSIT."];
        if (context?.Flight is { Length: > 20 }) errors["context.flight"] = ["At most 20 characters."];
        if (limit is < 1 or > MaxLimit) errors["limit"] = [$"Between 1 and {MaxLimit}."];
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

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
