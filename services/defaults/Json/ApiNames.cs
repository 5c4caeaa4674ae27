using System.Text.Json;

namespace Watchlist.ServiceDefaults.Json;

/// <summary>Enumerations travel as SCREAMING_SNAKE_CASE (<c>TRAVEL_DOCUMENT</c>), as API.md writes them.</summary>
public static class ApiNames
{
    public static readonly JsonNamingPolicy Policy = JsonNamingPolicy.SnakeCaseUpper;

    public static string Of<T>(T value) where T : struct, Enum => Policy.ConvertName(value.ToString());

    /// <summary>Reads TRAVEL_DOCUMENT back as TravelDocument; numbers are not names and are refused.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return text is { Length: > 0 } && !char.IsAsciiDigit(text[0]) && text[0] != '-'
            && Enum.TryParse(text.Replace("_", ""), ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    public static string Allowed<T>() where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => Of(v)));
}
