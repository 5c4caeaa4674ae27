namespace Watchlist.Matching;

/// <summary>
/// Spellings that name the same person but are too far apart for edit distance:
/// Vietnamese regional pairs and common transliterations of Arabic and Slavic names.
/// </summary>
internal static class NameEquivalents
{
    private static readonly string[][] Groups =
    [
        // Vietnamese: southern and northern readings of one surname
        ["hoang", "huynh"],
        ["vu", "vo"],
        ["li", "ly", "lee"],
        // Arabic
        ["muhammad", "mohammed", "mohammad", "mohamed", "mohamad", "muhammed", "muhamad", "mohd", "mhd", "muhamed", "mohamud",
            "mehmet", "mehmed"],
        ["yusuf", "yousef", "yousuf", "youssef", "yusef", "yousif", "yosef", "jusuf", "yussuf"],
        ["ahmad", "ahmed", "achmad", "akhmed", "ahmet"],
        ["husayn", "hussein", "husein", "hussain", "husain", "hossein", "huseyn", "huseyin", "khusein"],
        ["hasan", "hassan"],
        ["abd", "abdul", "abdel", "abdal", "abdoul", "abdu"],
        ["abdullah", "abdallah", "abdollah", "abdulla"],
        ["rahman", "rehman", "rahmaan"],
        ["usama", "osama", "oussama"],
        ["umar", "omar", "omer"],
        ["uthman", "othman", "osman", "usman"],
        ["abu", "abou"],
        ["mustafa", "mostafa", "moustafa", "mustapha"],
        ["mahmud", "mahmoud", "mahmood"],
        ["khalid", "khaled"],
        ["said", "saeed", "sayed", "saiid"],
        ["ibrahim", "ebrahim", "ibragim"],
        ["ismail", "ismael", "ismayil"],
        ["sulayman", "suleiman", "sulaiman", "soliman", "suleyman"],
        ["yahya", "yahia"],
        ["jamal", "gamal"],
        // Slavic
        ["aleksandr", "alexander", "alexandr", "aleksander", "oleksandr"],
        ["sergei", "sergey", "serhiy"],
        ["yuri", "yury", "yuriy", "iouri", "jurij"],
        ["dmitri", "dmitry", "dmitriy"],
        ["andrei", "andrey", "andriy"],
        ["alexei", "alexey", "aleksei", "aleksey", "oleksiy"],
        ["evgeny", "yevgeny", "evgeni", "yevgeniy"],
        ["mikhail", "mykhailo"],
        ["vladimir", "volodymyr"],
        ["nikolai", "nikolay", "mykola"],
    ];

    private static readonly Dictionary<string, string> CanonicalOf = Build();

    /// <summary>The group's first spelling, or null when the token has no listed variants.</summary>
    public static string? Canonical(string token) => CanonicalOf.GetValueOrDefault(token);

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Groups)
            foreach (var spelling in group)
                map[spelling] = group[0];
        return map;
    }
}
