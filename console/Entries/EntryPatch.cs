namespace Watchlist.WebConsole.Entries;

/// <summary>The amend form's fields, as text the way the admin sees them (lists comma-separated, aliases one a line).</summary>
public sealed class AmendFields
{
    public string? PrimaryName { get; set; }
    public string? Aliases { get; set; }
    public string? BirthDates { get; set; }
    public string? Nationalities { get; set; }
    public string Category { get; set; } = "";
    public string Action { get; set; } = "";
    public string Severity { get; set; } = "";
    public string? Lists { get; set; }
    public string? ReleasableTo { get; set; }
    public string? ReviewBy { get; set; }
    public string? Remarks { get; set; }
    public List<DocumentRow> Documents { get; set; } = [];
    public List<IdentifierRow> Identifiers { get; set; } = [];

    /// <summary>The form filled with the entry as it is.</summary>
    public static AmendFields Of(Entry entry) => new()
    {
        PrimaryName = entry.Names.FirstOrDefault(n => n.Type == "PRIMARY")?.Value,
        Aliases = string.Join('\n', entry.Names.Where(n => n.Type == "ALIAS").Select(n => n.Value)),
        BirthDates = string.Join(", ", entry.BirthDates),
        Nationalities = string.Join(", ", entry.Nationalities),
        Category = entry.Category,
        Action = entry.Action,
        Severity = entry.Severity,
        Lists = string.Join(", ", entry.Lists),
        ReleasableTo = string.Join(", ", entry.ReleasableTo),
        ReviewBy = entry.ReviewBy,
        Remarks = entry.Remarks,
        Documents = entry.Documents.Select(DocumentRow.Of).ToList(),
        Identifiers = entry.Identifiers.Select(IdentifierRow.Of).ToList(),
    };
}

/// <summary>
/// The JSON merge patch of an amend: only the fields the admin changed, so that an amend of one field never rewrites another
/// that someone else may have changed meanwhile (If-Match refuses that case anyway), and the history shows what was meant.
/// Weak aliases are kept as they are: the form does not edit them. Documents and identifiers go as whole lists (a merge patch
/// replaces an array), in the form's order, so that the API's <c>documents[1].number</c> names the form's second row.
/// </summary>
public static class EntryPatch
{
    public static Dictionary<string, object?> Between(Entry entry, AmendFields form, string? reason)
    {
        var before = AmendFields.Of(entry);
        var patch = new Dictionary<string, object?>();
        if (Text(form.PrimaryName) != Text(before.PrimaryName) || !Lines(form.Aliases).SequenceEqual(Lines(before.Aliases)))
            patch["names"] = Names(entry, form);
        AddList(patch, "birthDates", form.BirthDates, before.BirthDates);
        AddList(patch, "nationalities", form.Nationalities, before.Nationalities);
        AddList(patch, "lists", form.Lists, before.Lists);
        AddList(patch, "releasableTo", form.ReleasableTo, before.ReleasableTo);
        if (form.Category != before.Category) patch["category"] = form.Category;
        if (form.Action != before.Action) patch["action"] = form.Action;
        if (form.Severity != before.Severity) patch["severity"] = form.Severity;
        // An emptied field is null: in a merge patch that removes it.
        if (!form.Documents.Select(d => d.Key).SequenceEqual(before.Documents.Select(d => d.Key)))
            patch["documents"] = form.Documents.Select(d => d.ToApi()).ToList();
        if (!form.Identifiers.Select(i => i.Key).SequenceEqual(before.Identifiers.Select(i => i.Key)))
            patch["identifiers"] = form.Identifiers.Select(i => i.ToApi()).ToList();
        if (Text(form.ReviewBy) != Text(before.ReviewBy)) patch["reviewBy"] = Text(form.ReviewBy);
        if (Text(form.Remarks) != Text(before.Remarks)) patch["remarks"] = Text(form.Remarks);
        if (Text(reason) is { } why) patch["reason"] = why;
        return patch;
    }

    public static bool ChangesNothing(IReadOnlyDictionary<string, object?> patch) => patch.Keys.All(k => k == "reason");

    private static List<object> Names(Entry entry, AmendFields form) =>
    [
        .. Text(form.PrimaryName) is { } primary ? [new { value = primary, type = "PRIMARY" }] : Array.Empty<object>(),
        .. Lines(form.Aliases).Select(a => new { value = a, type = "ALIAS" }),
        .. entry.Names.Where(n => n.Type == "WEAK_ALIAS").Select(n => new { value = n.Value, type = n.Type }),
    ];

    private static void AddList(Dictionary<string, object?> patch, string field, string? now, string? before)
    {
        if (!Items(now).SequenceEqual(Items(before))) patch[field] = Items(now);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string[] Items(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string[] Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
