using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Imports.Parsing;

/// <summary>
/// Parses OFAC's Specially Designated Nationals list in its legacy CSV form: <c>sdn.csv</c> (one row per entry),
/// <c>alt.csv</c> (aliases) and <c>add.csv</c> (addresses), all keyed by <c>ent_num</c>.
/// </summary>
public static class OfacSdnParser
{
    public const string Dataset = "ofac-sdn";

    private const string SdnFile = "sdn.csv";
    private const string AltFile = "alt.csv";
    private const string AddFile = "add.csv";

    // sdn.csv: ent_num, name, type, program, title, call_sign, vessel_type, tonnage, grt, vessel_flag, vessel_owner, remarks
    private const int Name = 1, Type = 2, Program = 3, Title = 4, CallSign = 5, VesselType = 6, VesselFlag = 9, Remarks = 11;

    public static IReadOnlyList<ImportedEntry> Parse(
        Stream sdn, Stream alt, Stream add, string ownerAgency, IReadOnlyList<string> releasableTo) =>
        Parse(sdn, alt, add, ownerAgency, releasableTo, new ImportReport());

    /// <summary>Parses the three files; <paramref name="report"/> receives what was tolerated rather than refused.</summary>
    public static IReadOnlyList<ImportedEntry> Parse(
        Stream sdn, Stream alt, Stream add, string ownerAgency, IReadOnlyList<string> releasableTo, ImportReport report)
    {
        var entries = new Dictionary<int, (EntryBuilder Builder, bool Person, int Line)>();
        var order = new List<int>();
        foreach (var row in LegacyCsv.Read(sdn, SdnFile))
        {
            LegacyCsv.ExpectColumns(row, 12, SdnFile);
            var entNum = LegacyCsv.EntNum(row, SdnFile);
            if (entries.TryGetValue(entNum, out var seen))
                throw new ImportFormatException(SdnFile, row.Line, "ent_num", $"ent_num {entNum} is also on line {seen.Line}");
            var name = row.Fields[Name] ?? throw new ImportFormatException(SdnFile, row.Line, "name", $"entry {entNum} has no name");
            var person = string.Equals(row.Fields[Type], "individual", StringComparison.OrdinalIgnoreCase);
            var builder = new EntryBuilder(
                entNum.ToString(System.Globalization.CultureInfo.InvariantCulture), person ? EntryKind.Person : EntryKind.Organisation);
            AddNames(builder, name, person, NameType.Primary);
            AddRemarks(builder, row, person, report);
            entries[entNum] = (builder, person, row.Line);
            order.Add(entNum);
        }
        // An empty list would read as "everyone was delisted"; that is a broken download, not news.
        if (order.Count == 0)
            throw new ImportFormatException(SdnFile, null, null, "no entries");

        foreach (var row in LegacyCsv.Read(alt, AltFile))
        {
            // alt.csv: ent_num, alt_num, alt_type (aka, fka, nka), alt_name, alt_remarks. Former and new names
            // are names the party is known by, so all three are aliases.
            LegacyCsv.ExpectColumns(row, 5, AltFile);
            var entNum = LegacyCsv.EntNum(row, AltFile);
            // An alias of an entry sdn.csv does not have comes from a file of another day; the entry itself
            // is what matters, so the alias is skipped rather than the whole import refused.
            if (!entries.TryGetValue(entNum, out var entry))
                report.Note($"{AltFile} line {row.Line}: ent_num {entNum} is not in {SdnFile}; alias skipped");
            else
                AddNames(entry.Builder, row.Fields[3], entry.Person, NameType.Alias);
        }

        var places = new Dictionary<int, List<string>>();
        foreach (var row in LegacyCsv.Read(add, AddFile))
        {
            // add.csv: ent_num, add_num, address, city_state_zip, country, remarks. Only the country is kept, as a
            // remark: an address locates the entry, it does not identify a traveller.
            LegacyCsv.ExpectColumns(row, 6, AddFile);
            var entNum = LegacyCsv.EntNum(row, AddFile);
            if (!entries.ContainsKey(entNum))
                report.Note($"{AddFile} line {row.Line}: ent_num {entNum} is not in {SdnFile}; address skipped");
            else if (row.Fields[4] is { } country)
            {
                if (!places.TryGetValue(entNum, out var countries))
                    places[entNum] = countries = [];
                if (!countries.Contains(country))
                    countries.Add(country);
            }
        }

        var target = new ImportTarget(Dataset, ownerAgency, releasableTo);
        return order.Select(entNum =>
        {
            var builder = entries[entNum].Builder;
            if (places.TryGetValue(entNum, out var countries))
                builder.Remarks = Join(builder.Remarks, $"address in {string.Join(", ", countries)}");
            return builder.Build(target);
        }).ToList();
    }

    /// <summary>
    /// A person's <c>LAST, First</c> is stored in natural order, with the listed form kept too (same type, or
    /// an alias for the primary name) so that both are matched. Organisation names are kept as listed.
    /// </summary>
    private static void AddNames(EntryBuilder builder, string? listed, bool person, NameType type)
    {
        var name = NameText.Clean(listed);
        if (name.Length == 0)
            return;
        builder.AddName(person ? NameText.NaturalOrder(name) : name, type);
        builder.AddName(name, type == NameType.Primary ? NameType.Alias : type);
    }

    private static void AddRemarks(EntryBuilder builder, CsvRow row, bool person, ImportReport report)
    {
        var facts = OfacRemarks.Parse(row.Fields[Remarks], report, $"{SdnFile} line {row.Line}");
        foreach (var weak in facts.WeakAliases)
            AddNames(builder, weak, person, NameType.WeakAlias);
        builder.AddBirthDates(facts.BirthDates);
        foreach (var country in facts.Nationalities)
            builder.AddNationality(country);
        foreach (var document in facts.Documents)
            builder.AddDocument(document);
        foreach (var identifier in facts.Identifiers)
            builder.AddIdentifier(identifier);
        builder.Gender = facts.Gender;
        builder.Remarks = Summary(row);
    }

    /// <summary>A short remark: the sanctions programmes, the title, and what kind of thing a vessel or aircraft entry is.</summary>
    private static string Summary(CsvRow row)
    {
        var f = row.Fields;
        // Several programmes are written "SDGT] [IRGC".
        var programs = f[Program]?.Split("] [", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Trim('[', ']', ' '));
        string? remark = programs is null ? null : $"OFAC SDN programs: {string.Join(", ", programs)}";
        remark = Join(remark, f[Title] is { } title ? $"title: {title}" : null);
        if (f[Type] is { } type && !type.Equals("individual", StringComparison.OrdinalIgnoreCase))
        {
            var details = new[]
                {
                    f[VesselType],
                    f[VesselFlag] is { } flag ? $"flag {flag}" : null,
                    f[CallSign] is { } sign ? $"call sign {sign}" : null,
                }
                .Where(d => d is not null);
            remark = Join(remark, $"{type.ToLowerInvariant()}{(details.Any() ? $" ({string.Join(", ", details)})" : "")}");
        }
        return remark ?? "OFAC SDN";
    }

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : $"{first}; {second}";
}
