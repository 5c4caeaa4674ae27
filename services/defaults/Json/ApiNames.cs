using System.Text.Json;

namespace Watchlist.ServiceDefaults.Json;

/// <summary>Enumerations travel as SCREAMING_SNAKE_CASE (<c>TRAVEL_DOCUMENT</c>), as API.md writes them.</summary>
public static class ApiNames
{
    public static readonly JsonNamingPolicy Policy = JsonNamingPolicy.SnakeCaseUpper;

    public static string Of<T>(T value) where T : struct, Enum => Policy.ConvertName(value.ToString());
}
