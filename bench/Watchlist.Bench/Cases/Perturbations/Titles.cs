namespace Watchlist.Bench.Cases.Perturbations;

/// <summary>Titles that lists put before names (Dr., Haji, Shaykh): not name parts to perturb.</summary>
public static class Titles
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "haji", "hajji", "alhaj", "shaykh", "sheikh", "shaikh", "mullah", "mulla", "mufti", "maulana", "maulvi",
        "mawlawi", "qari", "hafiz", "sayed", "sayyid", "imam", "amir", "emir", "general", "gen", "col", "colonel", "mr", "mrs",
    };

    public static bool IsTitle(string token) => token.EndsWith('.') || Words.Contains(token);
}
