namespace Watchlist.Bench.Data;

/// <summary>
/// A Bogus locale as a source of people: the culture group it is reported under, whether
/// its names are written surname first, the nationalities its people hold, and its share
/// of generated people. Several locales write in their own script (Arabic, Han, Cyrillic...):
/// the engine is meant to read any script, so names are kept as generated.
/// </summary>
public sealed record Culture(string Locale, string Group, bool SurnameFirst, string[] Nationalities, int Share)
{
    public static IReadOnlyList<Culture> All { get; } =
    [
        new("vi", "vietnamese", true, ["VN"], 20),
        new("ar", "arabic-script", false, ["SA", "EG", "IQ", "SY", "JO", "AE", "YE"], 6),
        new("fa", "arabic-script", false, ["IR", "AF"], 3),
        new("zh_CN", "east-asian", true, ["CN"], 5),
        new("zh_TW", "east-asian", true, ["TW"], 1),
        new("ja", "east-asian", true, ["JP"], 2),
        new("ko", "east-asian", true, ["KR"], 3),
        new("id_ID", "south-east-asian", false, ["ID", "MY"], 5),
        new("en_IND", "south-asian", false, ["IN"], 5),
        new("ne", "south-asian", false, ["NP"], 2),
        new("ru", "slavic", false, ["RU", "BY", "KZ"], 5),
        new("uk", "slavic", false, ["UA"], 2),
        new("pl", "slavic", false, ["PL"], 2),
        new("cz", "slavic", false, ["CZ"], 1),
        new("tr", "turkic", false, ["TR"], 3),
        new("az", "turkic", false, ["AZ"], 1),
        new("ge", "caucasian", false, ["GE"], 1),
        new("en_US", "western", false, ["US"], 6),
        new("en_GB", "western", false, ["GB"], 3),
        new("fr", "western", false, ["FR", "BE"], 3),
        new("de", "western", false, ["DE", "AT"], 3),
        new("it", "western", false, ["IT"], 2),
        new("es", "western", false, ["ES"], 2),
        new("nl", "western", false, ["NL"], 1),
        new("ro", "western", false, ["RO"], 1),
        new("el", "western", false, ["GR", "CY"], 1),
        new("es_MX", "latin-american", false, ["MX", "CO", "VE"], 4),
        new("pt_BR", "latin-american", false, ["BR"], 3),
        new("en_NG", "african", false, ["NG", "GH"], 3),
        new("af_ZA", "african", false, ["ZA"], 1),
    ];
}
