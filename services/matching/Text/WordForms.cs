namespace Watchlist.Matching;

/// <summary>
/// Organisation words as the lists abbreviate them ("SHPG", "INTL", "SERV"), transliterate them from Russian ("Kontsern",
/// "Servis", "Ekspress", "Lodzhistiks") or write them in Spanish, French or German ("Grupo", "Banco", "Internacional"):
/// groups of spellings of one word, joined to <see cref="NameEquivalents"/>, so "Instar Logistics" meets "Instar
/// Lodzhistiks" while each spelling stays as written (a typo of "SHPG" still meets "SHPG"). A table, not a rule: only words
/// no one bears as a name part.
/// </summary>
internal static class WordForms
{
    public static readonly string[][] Groups =
    [
        ["shipping", "shpg"], ["international", "intl", "internacional", "internationale", "internatsional"],
        ["manufacturing", "mfg"], ["services", "svcs"], ["service", "svc", "serv", "servis"], ["management", "mgmt"],
        ["association", "assn", "assoc"], ["national", "natl"], ["department", "dept"], ["university", "univ"],
        ["group", "grp", "grupo", "groupe", "gruppe", "gruppa", "grupp"], ["holding", "hldg", "kholding"], ["holdings", "hldgs"],
        ["trading", "trdg"], ["engineering", "engg"], ["brothers", "bros"], ["express", "ekspress"],
        ["logistics", "lodzhistiks", "logistik"], ["technologies", "tekhnologii"], ["trade", "treid", "treyd"],
        ["investment", "invest", "investitsii"], ["bank", "banco", "banque"],
        // The Islamic State's names ("ISIL Khorasan" / "ISIS Wilayat Khorasan")
        ["isis", "isil", "daesh", "daish"],
    ];
}
