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
        ["association", "assn", "assoc", "asociacion", "associacao"], ["department", "dept"], ["university", "univ"],
        ["national", "natl", "nacional", "nationale", "nazionale", "natsionalny", "natsionalnyy"],
        ["group", "grp", "grupo", "groupe", "gruppe", "gruppa", "grupp"], ["holding", "hldg", "kholding"], ["holdings", "hldgs"],
        ["trading", "trdg", "tejarat", "tijarat", "bazargani"], ["engineering", "engg", "ingenieria", "ingenierie", "inzhiniring"],
        ["brothers", "bros"],
        ["express", "ekspress"],
        ["logistics", "lodzhistiks", "logistik"], ["technologies", "tekhnologii"], ["trade", "treid", "treyd"],
        ["investment", "invest", "investitsii", "inversiones", "inversion"], ["bank", "banco", "banque"],
        // The same word in Spanish, French, Portuguese, Russian, Bulgarian, Persian or Turkish ("Ejercito de Liberacion Nacional"
        // / "National Liberation Army", "Russkie Mashiny" / "Russian Machines", "Moststroy Iztok" / "Moststroy East")
        ["liberation", "liberacion", "liberazione", "liberacao"], ["system", "sistema", "systeme"],
        ["systems", "sistemas", "systemes", "sistemy"], ["world", "mundial", "mondial", "mundo"],
        ["distribution", "distributor", "distribucion", "distribuidora", "distributsiya"], ["petroleum", "petroleo", "petrole"],
        ["nickel", "niquel"], ["machine", "mashin", "maquina"], ["machines", "mashiny", "maquinas"], ["russian", "russkie", "russkiy"],
        ["technique", "technic", "tekhnika", "tecnica"], ["technology", "tecnologia", "technologie", "tekhnologiya"],
        ["plant", "zavod"], ["combine", "kombinat"], ["industries", "sanaye", "sanayi", "ind", "inds"], ["import", "ithalat"],
        ["export", "ihracat", "saderat"], ["east", "iztok", "vostok"], ["properties", "imoti"],
        ["foundation", "fundacion", "fondation", "fundacao", "stiftung", "stiftelse", "yayasan", "bonyad"], ["fund", "fond", "fondo"],
        ["society", "sociedad", "sociedade", "societe", "societa"], ["insurance", "seguros", "assurance", "assurances"],
        ["development", "desarrollo"],
        ["combatant", "combat", "combattant", "combattante", "combatiente"], ["islamic", "islamique", "islamiste", "islamico"],
        // Arabic words of armed groups' names as the lists romanise and translate them ("Saraya al-Ashtar" / "Al-Ashtar Brigades")
        ["movement", "harakat", "harakah", "haraka"], ["army", "ejercito", "armee", "armiya", "jaish", "jaysh", "jaich"],
        ["battalion", "katibat", "katiba", "katibah"],
        ["brigades", "saraya"], ["brigade", "liwa", "liwaa"], ["front", "jabhat", "jabhah", "jabha"], ["soldiers", "jund"],
        // Words the lists leave in Persian, Dari, Russian or Korean beside their translation ("Bank Saderat" / "Export Bank",
        // "Haji Sattar Sarafi" / "… Money Exchange", "Aviakompaniya Khors" / "Khors Aircompany", "Chosun Expo" / "Korea Expo"),
        // and words the lists cut short ("Universal Shipping & Trans", "Shirazi Ind.")
        ["exchange", "sarafi", "sarrafi"], ["agricultural", "keshavarzi"], ["union", "ittihad", "ettehad", "itihad"],
        ["airline", "aviakompaniya", "aircompany", "avialinii"], ["korea", "chosun", "choson"],
        ["transportation", "transport", "trans", "transporte", "transportes"],
        // The Islamic State's names ("ISIL Khorasan" / "ISIS Wilayat Khorasan")
        ["isis", "isil", "daesh", "daish"],
    ];
}
