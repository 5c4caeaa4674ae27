using System.Text;
using Watchlist.WatchlistService.Entries;

namespace Watchlist.WatchlistService.Imports.Parsing;

/// <summary>Who an import's entries belong to and who may see them; the same for every entry of one list.</summary>
internal sealed record ImportTarget(string Dataset, string OwnerAgency, IReadOnlyList<string> ReleasableTo);

/// <summary>
/// Collects what a list says about one entry and builds its <see cref="ImportedEntry"/>. Duplicates are dropped
/// (lists repeat themselves), and the output order is the file's order, so the same file always gives equal
/// entries and a re-import changes nothing.
/// </summary>
internal sealed class EntryBuilder(string reference, EntryKind kind)
{
    private readonly List<EntryName> names = [];
    private readonly Dictionary<string, int> nameIndex = new(StringComparer.Ordinal);
    private readonly List<string> birthDates = [];
    private readonly List<string> nationalities = [];
    private readonly List<TravelDocument> documents = [];
    private readonly List<OnlineIdentifier> identifiers = [];

    public string Reference => reference;
    public EntryKind Kind => kind;
    public Gender? Gender { get; set; }
    public DateTimeOffset? ListedOn { get; set; }
    public string? Remarks { get; set; }

    /// <summary>
    /// Adds a name unless it is already there, comparing NFC and ignoring case; a name seen again as a
    /// stronger type (a weak alias that is also a plain alias) keeps the stronger one.
    /// </summary>
    public void AddName(string? value, NameType type)
    {
        var name = NameText.Clean(value).Normalize(NormalizationForm.FormC);
        if (name.Length == 0)
            return;
        var key = name.ToUpperInvariant();
        if (nameIndex.TryGetValue(key, out var at))
        {
            if (type < names[at].Type)
                names[at] = names[at] with { Type = type };
            return;
        }
        nameIndex[key] = names.Count;
        names.Add(new EntryName(name, type));
    }

    public void AddBirthDates(IEnumerable<string> dates) => AddDistinct(birthDates, dates);

    public void AddNationality(string? alpha2)
    {
        if (alpha2 is not null)
            AddDistinct(nationalities, [alpha2]);
    }

    public void AddDocument(TravelDocument document)
    {
        var same = documents.FindIndex(d => d.Type == document.Type && d.Number == document.Number && d.Country == document.Country);
        if (same < 0)
            documents.Add(document);
        else if (documents[same].ExpiresOn is null && document.ExpiresOn is not null)
            documents[same] = document;
    }

    public void AddIdentifier(OnlineIdentifier identifier)
    {
        if (!identifiers.Any(i =>
            i.Type == identifier.Type && string.Equals(i.Value, identifier.Value, StringComparison.OrdinalIgnoreCase)))
            identifiers.Add(identifier);
    }

    public ImportedEntry Build(ImportTarget target) =>
        new(reference, new EntryDetails(
            Kind: kind,
            // Primary first, then aliases, then weak aliases, each in the order the list gives them.
            Names: names.OrderBy(n => n.Type).ToList(),
            BirthDates: birthDates.ToList(),
            Gender: Gender,
            Nationalities: nationalities.ToList(),
            Documents: documents.ToList(),
            Identifiers: identifiers.ToList(),
            Lists: [target.Dataset],
            Category: Category.Sanctions,
            Action: EntryAction.SpecificCheck,
            Severity: Severity.Medium,
            OwnerAgency: target.OwnerAgency,
            ReleasableTo: target.ReleasableTo.ToList(),
            ValidFrom: ListedOn,
            ValidUntil: null,
            ReviewBy: null,
            Source: new EntrySource(target.Dataset, reference),
            Remarks: Remarks));

    private static void AddDistinct(List<string> into, IEnumerable<string> values)
    {
        foreach (var value in values)
            if (!into.Contains(value))
                into.Add(value);
    }
}
