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
        // Slavic: one given name as Russian, Ukrainian and Belarusian passports romanise it
        ["aleksandr", "alexander", "alexandr", "aleksander", "oleksandr", "aliaksandr", "alyaksandr"],
        ["sergei", "sergey", "serhiy", "serhii", "siarhei", "sergii", "serghei", "serghiei"],
        ["yuri", "yury", "yuriy", "iouri", "jurij", "yurii"],
        ["dmitri", "dmitry", "dmitriy", "dmytro", "dzmitry"],
        ["andrei", "andrey", "andriy", "andrii"],
        ["alexei", "alexey", "aleksei", "aleksey", "oleksiy", "oleksii", "olexiy", "oleksij", "aliaksei", "aliaksiej"],
        ["evgeny", "yevgeny", "evgeni", "yevgeniy", "yevhen", "yauhen"],
        ["mikhail", "mykhailo", "mikhajl", "mihail", "mikhailo"],
        ["vladimir", "volodymyr", "volodymir", "uladzimir"],
        ["nikolai", "nikolay", "mykola", "mikalai"],
        ["igor", "ihor", "ihar"], ["oleg", "oleh", "aleh"], ["viktor", "victor", "viktar"], ["pavel", "pavlo", "paval"],
        ["leonid", "leanid", "lieanid"], ["anatoly", "anatoliy", "anatolii", "anatol"], ["valentin", "valentyn", "valiantsin"],
        ["vladislav", "vladyslav", "uladzislau"],
        ["vasily", "vasiliy", "vasyl"], ["grigory", "grigoriy", "hryhoriy", "ryhor"],
        ["petr", "pyotr", "petro", "piotr", "piatro", "pyatro"],
        ["olga", "olha", "volha"], ["irina", "iryna"], ["lidia", "lidiya", "lidya", "lidziya"],
        ["natalia", "natalya", "nataliya", "natallia"],
        ["tatiana", "tatyana", "tetiana", "tatsiana"], ["ekaterina", "yekaterina", "kateryna", "katsiaryna"],
        ["gennady", "gennadiy", "gennadii", "gennadi", "hennadiy", "hennadii", "henadz", "genadz"],
        ["arkady", "arkadiy", "arkadii", "arkadi", "arkadz"], ["zakhar", "zakhary", "zakhariy", "zakhari"],
        ["vyacheslav", "viacheslav", "vyacheslaw", "viachaslau", "vyachaslau", "vyachaslav", "viachaslav"],
    ];

    // Patronymics: a given name of the table and the Russian, Ukrainian or Belarusian ending (Vladimirovich, Volodymyrovych,
    // Uladzimiravich; Vladimirovna, Uladzimirauna), read as the given name's group and the father's-name ending.
    private static readonly string[] SonOf = ["ovich", "evich", "avich", "ovych", "evych", "ovitch", "evitch", "ievich", "iyovych"];
    private static readonly string[] DaughterOf = ["ovna", "evna", "auna", "awna", "euna", "ivna", "yivna", "ievna"];

    // Hypocoristic and short forms of given names, each with its full name first: a table, not guesses, and only forms
    // that belong to one full name (Alex, Sasha, Beto, Ben are left out: they shorten several names, or are "son of").
    private static readonly string[][] Hypocoristics =
    [
        ["robert", "bob", "bobby", "rob", "robbie"], ["william", "bill", "billy", "willy"], ["richard", "rick", "dick"],
        ["james", "jim", "jimmy", "jamie"], ["michael", "mike", "mick"], ["thomas", "tom", "tommy"], ["charles", "charlie", "chuck"],
        ["christopher", "chris"], ["nicholas", "nick", "nicky"], ["anthony", "tony"], ["daniel", "danny"], ["david", "dave"],
        ["steven", "stephen", "steve"], ["matthew", "matt"], ["andrew", "andy"], ["samuel", "sam"], ["peter", "pete"],
        ["elizabeth", "liz", "beth", "betty", "eliza"], ["margaret", "maggie", "peggy"], ["patricia", "patty"],
        ["jennifer", "jenny"], ["susan", "sue", "susie"], ["katherine", "catherine", "kate", "kathy", "cathy"],
        ["ignacio", "nacho"], ["francisco", "paco", "pancho"], ["jose", "pepe"], ["guillermo", "memo"], ["enrique", "kike"],
        ["jesus", "chucho"], ["manuel", "manolo", "manny"], ["eduardo", "lalo"], ["rodrigo", "rigo"], ["refugio", "cuco"],
        ["nikolaos", "nikos"], ["georgios", "giorgos", "yiorgos"], ["konstantinos", "kostas", "costas"],
        ["dimitrios", "dimitris", "mitsos"], ["ioannis", "giannis", "yannis"], ["kakhaber", "kakha"], ["zurab", "zura"],
        ["vladimir", "volodya", "vova"], ["dmitri", "dima"], ["mikhail", "misha"], ["nikolai", "kolya"], ["sergei", "seryozha"],
        ["alexei", "alyosha", "lyosha"], ["ivan", "vanya"], ["evgeny", "zhenya"], ["ekaterina", "yekaterina", "katya"],
        ["anatoly", "anatoliy", "tolya"], ["pavel", "pasha"], ["yuri", "yura"], ["boris", "borya"], ["viktor", "victor", "vitya"],
        ["konstantin", "kostya"], ["natalia", "natalya", "natasha"], ["maria", "masha"], ["tatiana", "tatyana", "tanya"],
        ["svetlana", "sveta"], ["elena", "yelena", "lena"], ["anastasia", "nastya"], ["aleksandr", "aliaksandr", "oleksandr"],
    ];

    private static readonly Dictionary<string, string> CanonicalOf = Build();

    /// <summary>The group's first spelling (one shared instance), or null when the token has no listed variants.</summary>
    public static string? Canonical(string token) => CanonicalOf.GetValueOrDefault(token) ?? Patronymic(token);

    private static string? Patronymic(string token)
    {
        if (token.Length < 7) return null;
        return Father(token, SonOf, "/son") ?? Father(token, DaughterOf, "/daughter");
    }

    private static string? Father(string token, string[] endings, string mark)
    {
        foreach (var ending in endings)
        {
            if (!token.EndsWith(ending, StringComparison.Ordinal)) continue;
            var stem = token[..^ending.Length];
            // Sergeevich, Nikolaevich, Alekseevna: the father's name lost its final i or y to the ending.
            // Piatrovich, Petrovych: the father's name (Piatro, Petro) lost its final o.
            if ((CanonicalOf.GetValueOrDefault(stem) ?? CanonicalOf.GetValueOrDefault(stem + "i")
                    ?? CanonicalOf.GetValueOrDefault(stem + "o")) is { } father)
                return string.Intern(father + mark);
        }
        return null;
    }

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Groups)
            foreach (var spelling in group)
                map[spelling] = group[0];
        // Organisation words in other spellings (Shpg / Shipping, Servis / Service), see WordForms.
        foreach (var group in WordForms.Groups)
            foreach (var spelling in group)
                map.TryAdd(spelling, group[0]);
        // A short form joins its full name's group, if it has one (Misha with Mikhail / Mykhailo).
        foreach (var forms in Hypocoristics)
        {
            var canonical = map.GetValueOrDefault(forms[0]) ?? forms[0];
            foreach (var form in forms) map.TryAdd(form, canonical);
        }
        return map;
    }
}
