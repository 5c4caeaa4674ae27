using System.Text;

namespace Watchlist.WebConsole.Screening;

/// <summary>
/// A flight manifest as CSV (RFC 4180: quotes, doubled quotes, commas inside quotes): a header naming the columns
/// name, birth date, nationality and document, in any order and case, then one passenger a line. What cannot be read
/// is said with its line, and nothing is screened until it is fixed.
/// </summary>
public static class ManifestCsv
{
    public const int MaxPassengers = 1000;

    public sealed record Result(IReadOnlyList<Passenger> Passengers, IReadOnlyList<string> Errors);

    private static readonly Dictionary<string, string> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "name", ["full name"] = "name",
        ["birth date"] = "birthDate", ["birthdate"] = "birthDate", ["birth_date"] = "birthDate",
        ["date of birth"] = "birthDate", ["dob"] = "birthDate",
        ["nationality"] = "nationality",
        ["document"] = "document", ["passport"] = "document", ["document number"] = "document",
    };

    public static Result Parse(string text)
    {
        var rows = Rows(text.TrimStart('\uFEFF')).ToList();
        var errors = new List<string>();
        if (rows.Count == 0)
            return new([], ["The file is empty: a header line (name, birth date, nationality, document) and one line a passenger."]);
        var header = rows[0].Fields.Select(h => Columns.GetValueOrDefault(h.Trim())).ToList();
        if (!header.Contains("name") && !header.Contains("document"))
            return new([], ["Line 1 must be a header naming the columns name, birth date, nationality and document."]);
        var passengers = new List<Passenger>();
        foreach (var (line, fields) in rows.Skip(1))
        {
            if (fields.All(string.IsNullOrWhiteSpace)) continue;
            string? Get(string column) => header.IndexOf(column) is var i and >= 0 && i < fields.Count ? fields[i] : null;
            var passenger = new Passenger(line, Get("name"), Get("birthDate"), Get("nationality"), Get("document"));
            if (string.IsNullOrWhiteSpace(passenger.Name) && string.IsNullOrWhiteSpace(passenger.Document))
                errors.Add($"Line {line}: a name or a document is needed.");
            passengers.Add(passenger);
        }
        if (passengers.Count == 0) errors.Add("The manifest has no passengers.");
        if (passengers.Count > MaxPassengers)
            errors.Add($"At most {MaxPassengers} passengers per manifest; this one has {passengers.Count}.");
        return new(passengers, errors);
    }

    /// <summary>The results, one line a passenger, with each hit's entry, score, band and action.</summary>
    public static string Results(IReadOnlyList<Passenger> passengers, IReadOnlyList<BatchResult> results)
    {
        var csv = new StringBuilder("line,name,birth date,nationality,document,decision,screening id,hits\n");
        var byRef = results.ToDictionary(r => r.Ref ?? "");
        foreach (var p in passengers)
        {
            if (!byRef.TryGetValue(p.Ref, out var r)) continue;
            var hits = string.Join("; ", r.Hits.Select(h => $"{h.PrimaryName} ({h.Score:0.00} {h.Band}, {h.Action})"));
            csv.AppendJoin(',', new[]
            {
                p.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Name, p.BirthDate, p.Nationality, p.Document,
                r.Decision, r.ScreeningId.ToString(), hits,
            }.Select(Quote)).Append('\n');
        }
        return csv.ToString();
    }

    private static string Quote(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;

    private static IEnumerable<(int Line, List<string> Fields)> Rows(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var start = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    yield return (start, fields);
                    fields = [];
                    line++;
                    start = line;
                    break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (start, fields);
        }
    }
}
