using System.Xml;
using System.Xml.Linq;
using Watchlist.ServiceDefaults.Text;
using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Imports.Parsing;

/// <summary>
/// Parses the UN Security Council Consolidated List XML: <c>CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL</c> and
/// <c>ENTITIES/ENTITY</c>. Elements are found by name wherever they stand among their siblings and unknown ones
/// are ignored, so newer editions (new fields, another order, a namespace) still read.
/// </summary>
public static class UnConsolidatedParser
{
    public const string Dataset = "un-sc";

    /// <summary>COMMENTS1 can run to pages; the remark keeps the start, which says who the person is.</summary>
    public const int MaxRemarkLength = 1000;

    private const string File = "consolidated.xml";

    public static IReadOnlyList<ImportedEntry> Parse(Stream xml, string ownerAgency, IReadOnlyList<string> releasableTo) =>
        Parse(xml, ownerAgency, releasableTo, new ImportReport());

    /// <summary>Parses the list; <paramref name="report"/> receives what was tolerated rather than refused.</summary>
    public static IReadOnlyList<ImportedEntry> Parse(
        Stream xml, string ownerAgency, IReadOnlyList<string> releasableTo, ImportReport report)
    {
        var root = Load(xml).Root!;
        if (root.Name.LocalName != "CONSOLIDATED_LIST")
            throw new ImportFormatException(
                File, LineOf(root), root.Name.LocalName,
                "the root element must be CONSOLIDATED_LIST; this is not the UN consolidated list");

        var target = new ImportTarget(Dataset, ownerAgency, releasableTo);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<ImportedEntry>();
        foreach (var group in root.Elements())
        {
            var (member, kind) = group.Name.LocalName switch
            {
                "INDIVIDUALS" => ("INDIVIDUAL", EntryKind.Person),
                "ENTITIES" => ("ENTITY", EntryKind.Organisation),
                _ => (null, default(EntryKind)),
            };
            foreach (var element in group.Elements().Where(e => e.Name.LocalName == member))
            {
                var builder = Entry(element, kind, report);
                if (seen.TryGetValue(builder.Reference, out var line))
                    throw new ImportFormatException(
                        File, LineOf(element), member, $"REFERENCE_NUMBER {builder.Reference} is also used at line {line}");
                seen[builder.Reference] = LineOf(element) ?? 0;
                entries.Add(builder.Build(target));
            }
        }
        // An empty list would read as "everyone was delisted"; that is a broken download, not news.
        if (entries.Count == 0)
            throw new ImportFormatException(File, null, null, "no INDIVIDUAL or ENTITY elements");
        return entries;
    }

    private static XDocument Load(Stream xml)
    {
        // No DTDs: the list has none, and one would be a way to make the parser fetch or expand things.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(xml, settings);
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            // XML itself refuses C0 controls; the rest of TextPolicy (C1, bidi overrides, invisible characters) is checked here.
            foreach (var text in document.DescendantNodes().OfType<XText>())
                if (TextPolicy.Refusal(text.Value) is { } refused)
                    throw new ImportFormatException(File, text.Parent is { } at ? LineOf(at) : null, text.Parent?.Name.LocalName, refused);
            return document;
        }
        catch (XmlException e)
        {
            throw new ImportFormatException(File, e.LineNumber > 0 ? e.LineNumber : null, null, $"not well-formed XML: {e.Message}", e);
        }
    }

    private static EntryBuilder Entry(XElement element, EntryKind kind, ImportReport report)
    {
        var what = element.Name.LocalName;
        var reference = Text(element, "REFERENCE_NUMBER") ?? Text(element, "DATAID")
            ?? throw new ImportFormatException(
                File, LineOf(element), what, "no REFERENCE_NUMBER or DATAID, so it could not be matched on re-import");
        var builder = new EntryBuilder(reference, kind);

        var fullName = string.Join(' ', new[] { "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" }
            .Select(n => Text(element, n))
            .OfType<string>());
        if (fullName.Length == 0)
            throw new ImportFormatException(File, LineOf(element), what, $"{reference} has no name (FIRST_NAME..FOURTH_NAME all empty)");
        builder.AddName(fullName, NameType.Primary);
        // "AL-ITIHAAD AL-ISLAMIYA / AIAI", "GRANDS LACS (CAGL) ; GREAT LAKES BUSINESS COMPANY (GLBC)": an
        // organisation listed under several names at once goes by each of them.
        if (kind == EntryKind.Organisation)
        {
            var parts = fullName.Split([" / ", ";"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1)
                foreach (var part in parts)
                    builder.AddName(part, NameType.Alias);
        }
        foreach (var name in NameText.SplitAliases(Text(element, "NAME_ORIGINAL_SCRIPT")))
            builder.AddName(name, NameType.Alias);

        foreach (var alias in Children(element, $"{what}_ALIAS"))
        {
            // "Low" quality means a vague alias (a nickname, a common first name): matchable, but weakly.
            var type = string.Equals(Text(alias, "QUALITY"), "Low", StringComparison.OrdinalIgnoreCase)
                ? NameType.WeakAlias
                : NameType.Alias;
            foreach (var name in NameText.SplitAliases(Text(alias, "ALIAS_NAME")))
                builder.AddName(name, type);
            // An alias may come with its own birth date (the one used under that name).
            if (Text(alias, "DATE_OF_BIRTH") is { } aliasBirth)
                AddDates(builder, PartialDates.ParseIso(aliasBirth) is { } date ? [date.ToString()] : null, reference, report);
        }

        foreach (var birth in Children(element, $"{what}_DATE_OF_BIRTH"))
            AddDates(builder, BirthDates(birth), reference, report);

        foreach (var value in Children(element, "NATIONALITY").SelectMany(n => Children(n, "VALUE")))
            builder.AddNationality(Country(NameText.Collapse(value.Value), report));

        builder.Gender = Text(element, "GENDER")?.ToUpperInvariant() switch
        {
            null => null,
            "MALE" => Gender.Male,
            "FEMALE" => Gender.Female,
            _ => Gender.Unknown,
        };

        foreach (var document in Children(element, $"{what}_DOCUMENT"))
            if (Document(document, report) is { } travelDocument)
                builder.AddDocument(travelDocument);

        if (PartialDates.ParseIso(Text(element, "LISTED_ON")) is { Month: int month, Day: int day } listed)
            builder.ListedOn = new DateTimeOffset(listed.Year, month, day, 0, 0, 0, TimeSpan.Zero);

        builder.Remarks = Remark(Text(element, "UN_LIST_TYPE"), Text(element, "COMMENTS1"));
        return builder;
    }

    /// <summary>EXACT (a DATE or a YEAR), APPROXIMATELY (its year: the matcher allows a year either side), BETWEEN (each year).</summary>
    private static IReadOnlyList<string>? BirthDates(XElement birth)
    {
        var from = PartialDates.ParseYear(Text(birth, "FROM_YEAR"));
        var to = PartialDates.ParseYear(Text(birth, "TO_YEAR"));
        if (from is not null && to is not null)
            return PartialDates.Range(from.Value, to.Value);
        var dateText = Text(birth, "DATE");
        var yearText = Text(birth, "YEAR");
        if (dateText is null && yearText is null)
            return [];  // only a NOTE, or nothing: no date stated
        var date = PartialDates.ParseIso(dateText) ?? PartialDates.ParseYear(yearText);
        if (date is null)
            return null;
        var approximate = string.Equals(Text(birth, "TYPE_OF_DATE"), "APPROXIMATELY", StringComparison.OrdinalIgnoreCase);
        return [(approximate ? date.Value.YearOnly : date.Value).ToString()];
    }

    private static void AddDates(EntryBuilder builder, IReadOnlyList<string>? dates, string reference, ImportReport report)
    {
        if (dates is null)
            report.Note($"{File} {reference}: birth date not understood, skipped");
        else
            builder.AddBirthDates(dates);
    }

    private static TravelDocument? Document(XElement document, ImportReport report)
    {
        if (Text(document, "NUMBER") is not { } raw)
            return null;
        var (number, countryInText) = UnDocumentNumbers.Split(raw);
        if (!number.Any(char.IsLetterOrDigit))
            return null;
        var type = DocumentTypes.Un(Text(document, "TYPE_OF_DOCUMENT"), Text(document, "TYPE_OF_DOCUMENT2"));
        var country = Text(document, "ISSUING_COUNTRY") ?? Text(document, "COUNTRY_OF_ISSUE") ?? countryInText;
        return new TravelDocument(type, number, Country(country, report), null);
    }

    private static string? Country(string? name, ImportReport report)
    {
        if (CountryNames.IsBlank(name))
            return null;
        var code = CountryNames.ToAlpha2(name);
        if (code is null)
            report.UnmappedCountry(name!);
        return code;
    }

    private static string Remark(string? listType, string? comments)
    {
        var remark = listType is null ? "UN Security Council sanctions" : $"UN Security Council sanctions ({listType})";
        if (comments is null)
            return remark;
        if (comments.Length > MaxRemarkLength)
        {
            var cut = comments.LastIndexOf(' ', MaxRemarkLength - 1);
            comments = comments[..(cut > MaxRemarkLength / 2 ? cut : MaxRemarkLength - 1)] + "…";
        }
        return $"{remark}: {comments}";
    }

    private static IEnumerable<XElement> Children(XElement parent, string name) =>
        parent.Elements().Where(e => e.Name.LocalName == name);

    /// <summary>A child's text with whitespace collapsed (the file wraps long values), or null when absent or empty.</summary>
    private static string? Text(XElement parent, string name)
    {
        var text = NameText.Collapse(Children(parent, name).FirstOrDefault()?.Value);
        return text.Length == 0 ? null : text;
    }

    private static int? LineOf(XElement element) =>
        element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;
}
