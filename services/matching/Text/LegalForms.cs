namespace Watchlist.Matching;

/// <summary>Families of legal forms: the same family in any language or abbreviation is the same form.</summary>
[Flags]
internal enum LegalForm
{
    None = 0,

    /// <summary>Company, Co., Cía, Công ty: says nothing about the kind of company.</summary>
    Generic = 1,

    /// <summary>Limited liability: LLC, Ltd, OOO, GmbH, SARL, S.R.L., Ltda, TNHH, Pvt Ltd, Pte, Sdn Bhd, d.o.o.</summary>
    Limited = 2,

    /// <summary>Stock corporation: JSC, AO, OAO, ZAO, PAO, AG, S.A., N.V., S.p.A., Inc., Corp., PLC, Cổ phần, Tbk.</summary>
    Stock = 4,

    /// <summary>Partnership: LLP, LP, KG, S.N.C.</summary>
    Partnership = 8,

    /// <summary>Free-zone establishment (FZE, FZCO) and sole proprietorship (EIRL, DNTN, sole trader).</summary>
    Establishment = 16,

    /// <summary>Association, foundation: e.V., Stiftung, waqf.</summary>
    Association = 32,
}

/// <summary>
/// The legal-form table: abbreviations and written-out forms of the major jurisdictions and Vietnam's, each with its
/// family. Families that can name the same company (limited and generic; stock and generic) are compatible; a limited
/// liability company and a joint-stock company of one name are usually two companies (a parent and its subsidiary).
/// </summary>
internal static class LegalForms
{
    private static readonly Dictionary<string, LegalForm> Abbreviations = new(StringComparer.Ordinal)
    {
        ["co"] = LegalForm.Generic, ["company"] = LegalForm.Generic, ["cia"] = LegalForm.Generic, ["compania"] = LegalForm.Generic,
        ["compagnie"] = LegalForm.Generic, ["cie"] = LegalForm.Generic, ["firma"] = LegalForm.Generic,
        ["ltd"] = LegalForm.Limited, ["limited"] = LegalForm.Limited, ["llc"] = LegalForm.Limited, ["ooo"] = LegalForm.Limited,
        ["gmbh"] = LegalForm.Limited, ["sarl"] = LegalForm.Limited, ["srl"] = LegalForm.Limited, ["ltda"] = LegalForm.Limited,
        ["limitada"] = LegalForm.Limited, ["tnhh"] = LegalForm.Limited, ["pte"] = LegalForm.Limited, ["pty"] = LegalForm.Limited,
        ["pvt"] = LegalForm.Limited, ["bhd"] = LegalForm.Limited, ["sdn"] = LegalForm.Limited, ["doo"] = LegalForm.Limited,
        ["sro"] = LegalForm.Limited, ["kft"] = LegalForm.Limited, ["ood"] = LegalForm.Limited, ["eood"] = LegalForm.Limited,
        ["tov"] = LegalForm.Limited, ["bv"] = LegalForm.Limited, ["fzllc"] = LegalForm.Limited, ["mtv"] = LegalForm.Limited,
        ["spzoo"] = LegalForm.Limited, ["wll"] = LegalForm.Limited, ["lda"] = LegalForm.Limited,
        ["jsc"] = LegalForm.Stock, ["ojsc"] = LegalForm.Stock, ["cjsc"] = LegalForm.Stock, ["pjsc"] = LegalForm.Stock,
        ["ao"] = LegalForm.Stock, ["oao"] = LegalForm.Stock, ["zao"] = LegalForm.Stock, ["pao"] = LegalForm.Stock,
        ["ag"] = LegalForm.Stock, ["sa"] = LegalForm.Stock, ["nv"] = LegalForm.Stock, ["spa"] = LegalForm.Stock,
        ["inc"] = LegalForm.Stock, ["incorporated"] = LegalForm.Stock, ["corp"] = LegalForm.Stock, ["corporation"] = LegalForm.Stock,
        ["plc"] = LegalForm.Stock, ["ctcp"] = LegalForm.Stock, ["tbk"] = LegalForm.Stock, ["sal"] = LegalForm.Stock,
        ["sak"] = LegalForm.Stock, ["kk"] = LegalForm.Stock, ["pjs"] = LegalForm.Stock, ["sae"] = LegalForm.Stock,
        ["sas"] = LegalForm.Stock, ["saic"] = LegalForm.Stock, ["sacv"] = LegalForm.Stock, ["sapi"] = LegalForm.Stock,
        ["llp"] = LegalForm.Partnership, ["kg"] = LegalForm.Partnership, ["snc"] = LegalForm.Partnership,
        ["fze"] = LegalForm.Establishment, ["fzco"] = LegalForm.Establishment, ["fzc"] = LegalForm.Establishment,
        ["eirl"] = LegalForm.Establishment, ["dntn"] = LegalForm.Establishment,
        ["ev"] = LegalForm.Association, ["stichting"] = LegalForm.Association, ["asbl"] = LegalForm.Association,
        ["vzw"] = LegalForm.Association, ["foreningen"] = LegalForm.Association,
        // Added for issue 14: Russian and Ukrainian state and bank forms, Latin American and Turkish forms, joint ventures.
        ["concern"] = LegalForm.Generic, ["kontsern"] = LegalForm.Generic, ["konzern"] = LegalForm.Generic,
        ["kompaniya"] = LegalForm.Generic, ["kompaniia"] = LegalForm.Generic, ["stg"] = LegalForm.Association,
        ["npk"] = LegalForm.Generic, ["npo"] = LegalForm.Generic, ["gup"] = LegalForm.Generic,
        ["fgup"] = LegalForm.Generic, ["fau"] = LegalForm.Generic, ["fgbu"] = LegalForm.Generic, ["jv"] = LegalForm.Generic,
        ["jvc"] = LegalForm.Generic, ["njsc"] = LegalForm.Stock, ["saca"] = LegalForm.Stock,
        ["sac"] = LegalForm.Stock, ["sarlu"] = LegalForm.Limited, ["eurl"] = LegalForm.Limited, ["sti"] = LegalForm.Limited,
    };

    // Short or common words that are legal forms only at the end of a name ("X AS", "X SE", "X AB"), never inside it
    // (Abu Bakr AS-SIDDIQ, Ahmed AD-DIN).
    private static readonly Dictionary<string, LegalForm> AtEndOnly = new(StringComparer.Ordinal)
    {
        ["as"] = LegalForm.Stock, ["asa"] = LegalForm.Stock, ["ab"] = LegalForm.Stock, ["se"] = LegalForm.Stock,
        ["ad"] = LegalForm.Stock, ["dd"] = LegalForm.Stock, ["oy"] = LegalForm.Limited, ["oyj"] = LegalForm.Stock,
        ["sl"] = LegalForm.Limited, ["lp"] = LegalForm.Partnership, ["pt"] = LegalForm.Limited, ["cv"] = LegalForm.Stock,
    };

    private static readonly (string[] Words, LegalForm Form)[] Phrases =
    [
        (["open", "joint", "stock", "company"], LegalForm.Stock),
        (["closed", "joint", "stock", "company"], LegalForm.Stock),
        (["public", "joint", "stock", "company"], LegalForm.Stock),
        (["private", "joint", "stock", "company"], LegalForm.Stock),
        (["joint", "stock", "company"], LegalForm.Stock),
        (["joint", "stock"], LegalForm.Stock),
        (["otkrytoe", "aktsionernoe", "obshchestvo"], LegalForm.Stock),
        (["zakrytoe", "aktsionernoe", "obshchestvo"], LegalForm.Stock),
        (["publichnoe", "aktsionernoe", "obshchestvo"], LegalForm.Stock),
        (["aktsionernoe", "obshchestvo"], LegalForm.Stock),
        (["aktsionernoye", "obshchestvo"], LegalForm.Stock),
        (["public", "limited", "company"], LegalForm.Stock),
        (["sociedad", "anonima"], LegalForm.Stock),
        (["societe", "anonyme"], LegalForm.Stock),
        (["sociedade", "anonima"], LegalForm.Stock),
        (["societa", "per", "azioni"], LegalForm.Stock),
        (["aktiengesellschaft"], LegalForm.Stock),
        (["naamloze", "vennootschap"], LegalForm.Stock),
        (["de", "capital", "variable"], LegalForm.Stock),
        (["de", "cv"], LegalForm.Stock),
        (["co", "phan"], LegalForm.Stock),
        (["obshchestvo", "s", "ogranichennoi", "otvetstvennostyu"], LegalForm.Limited),
        (["obshchestvo", "s", "ogranichennoy", "otvetstvennostyu"], LegalForm.Limited),
        (["limited", "liability", "company"], LegalForm.Limited),
        (["limited", "liability", "partnership"], LegalForm.Partnership),
        (["private", "limited"], LegalForm.Limited),
        (["pvt", "ltd"], LegalForm.Limited),
        (["sdn", "bhd"], LegalForm.Limited),
        (["sociedad", "de", "responsabilidad", "limitada"], LegalForm.Limited),
        (["societe", "a", "responsabilite", "limitee"], LegalForm.Limited),
        (["gesellschaft", "mit", "beschrankter", "haftung"], LegalForm.Limited),
        (["besloten", "vennootschap"], LegalForm.Limited),
        (["trach", "nhiem", "huu", "han"], LegalForm.Limited),
        (["mot", "thanh", "vien"], LegalForm.Limited),
        (["hai", "thanh", "vien", "tro", "len"], LegalForm.Limited),
        (["doanh", "nghiep", "tu", "nhan"], LegalForm.Establishment),
        (["cong", "ty"], LegalForm.Generic),
        (["free", "zone", "establishment"], LegalForm.Establishment),
        (["eingetragener", "verein"], LegalForm.Association),
        (["anonim", "sirketi"], LegalForm.Stock),
        (["compania", "anonima"], LegalForm.Stock),
        (["joint", "venture", "company"], LegalForm.Generic),
        (["joint", "venture"], LegalForm.Generic),
        (["tong", "cong", "ty"], LegalForm.Generic),
        (["tap", "doan"], LegalForm.Generic),
        (["hop", "tac", "xa"], LegalForm.Association),
    ];

    // Recognised with a typo too ("Compayn", "Ldta") where they stand, at the end of a name: misspelt, they would otherwise
    // count as a rare name part the listing lacks.
    private static readonly string[] Misspellable = ["company", "limited", "corporation", "incorporated", "limitada", "gmbh", "ltda"];

    /// <summary>The longest legal-form phrase starting at <paramref name="start"/>: its length (0 for none) and family.</summary>
    public static (int Length, LegalForm Form) PhraseAt(string[] tokens, int start)
    {
        foreach (var (words, form) in Phrases)
            if (StartsAt(tokens, start, words)) return (words.Length, form);
        return (0, LegalForm.None);
    }

    public static LegalForm Single(string token, bool atEnd) =>
        Abbreviations.TryGetValue(token, out var form) ? form
        : atEnd && AtEndOnly.TryGetValue(token, out form) ? form
        : LegalForm.None;

    /// <summary>Whether every token is part of a legal form ("S.A. de C.V.", "Asociación Civil", "Ltd").</summary>
    public static bool OnlyForms(string[] tokens)
    {
        if (tokens.Length == 0) return false;
        for (var i = 0; i < tokens.Length;)
        {
            var (length, _) = PhraseAt(tokens, i);
            if (length == 0 && Single(tokens[i], atEnd: true) == LegalForm.None) return false;
            i += Math.Max(1, length);
        }
        return true;
    }

    public static bool IsMisspelt(string token)
    {
        if (token.Length < 4) return false;
        foreach (var form in Misspellable)
        {
            var allowed = form.Length >= 8 ? 2 : 1;
            if (token[0] == form[0] && Math.Abs(token.Length - form.Length) <= allowed
                && EditDistance.Bounded(token, form, allowed) <= allowed) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether two names' forms contradict: each side names a specific family and they share none (generic forms and a
    /// side without any form contradict nothing; a limited company and a stock company do).
    /// </summary>
    public static bool Conflict(LegalForm a, LegalForm b)
    {
        var specificA = a & ~LegalForm.Generic;
        var specificB = b & ~LegalForm.Generic;
        return specificA != LegalForm.None && specificB != LegalForm.None && (specificA & specificB) == LegalForm.None;
    }

    private static bool StartsAt(string[] tokens, int start, string[] phrase)
    {
        if (start + phrase.Length > tokens.Length) return false;
        for (var k = 0; k < phrase.Length; k++)
            if (!string.Equals(tokens[start + k], phrase[k], StringComparison.Ordinal)) return false;
        return true;
    }
}
