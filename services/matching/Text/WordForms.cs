namespace Watchlist.Matching;

/// <summary>
/// Organisation words as the lists abbreviate them ("SHPG", "INTL", "STG.") or transliterate them from Russian ("Kontsern",
/// "Servis", "Ekspress", "Lodzhistiks") or write them in Spanish, French or German ("Grupo", "Banco", "Internacional"): each
/// is read as the English word, so "JSC Concern Okeanpribor" meets "AO Kontsern Okeanpribor". A table, not a rule: only
/// words no one bears as a name part.
/// </summary>
internal static class WordForms
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Abbreviations
        ["shpg"] = "shipping", ["intl"] = "international", ["mfg"] = "manufacturing", ["svcs"] = "services", ["svc"] = "service",
        ["serv"] = "service", ["mgmt"] = "management", ["assn"] = "association", ["assoc"] = "association", ["natl"] = "national",
        ["dept"] = "department", ["univ"] = "university", ["grp"] = "group", ["hldg"] = "holding", ["hldgs"] = "holdings",
        ["trdg"] = "trading", ["engg"] = "engineering", ["stg"] = "stichting", ["bros"] = "brothers", ["ind"] = "industries",
        // Russian and Ukrainian transliterations
        ["kontsern"] = "concern", ["konzern"] = "concern", ["kontserna"] = "concern", ["servis"] = "service", ["ekspress"] = "express",
        ["kompaniya"] = "company", ["kompaniia"] = "company", ["gruppa"] = "group", ["grupp"] = "group", ["kholding"] = "holding",
        ["lodzhistiks"] = "logistics", ["logistik"] = "logistics", ["internatsional"] = "international", ["tekhnologii"] = "technologies",
        ["treid"] = "trade", ["treyd"] = "trade", ["invest"] = "investment", ["investitsii"] = "investment",
        // The Islamic State's names ("ISIL Khorasan" / "ISIS Wilayat Khorasan")
        ["isil"] = "isis", ["daesh"] = "isis", ["daish"] = "isis",
        // Spanish, Portuguese, French, German, Dutch
        ["grupo"] = "group", ["groupe"] = "group", ["gruppe"] = "group", ["banco"] = "bank", ["banque"] = "bank",
        ["internacional"] = "international", ["internationale"] = "international",
    };

    public static string[] Normalise(string[] tokens)
    {
        string[]? result = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!Words.TryGetValue(tokens[i], out var word) || word == tokens[i]) continue;
            result ??= (string[])tokens.Clone();
            result[i] = word;
        }
        return result ?? tokens;
    }
}
