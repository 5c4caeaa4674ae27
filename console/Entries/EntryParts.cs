namespace Watchlist.WebConsole.Entries;

/// <summary>One travel document as a form edits it: text fields, blank where the admin left them blank.</summary>
public sealed class DocumentRow
{
    public string Type { get; set; } = "PASSPORT";
    public string? Number { get; set; }
    public string? Country { get; set; }
    public string? ExpiresOn { get; set; }

    public static DocumentRow Of(EntryDocument d) =>
        new() { Type = d.Type, Number = d.Number, Country = d.Country, ExpiresOn = d.ExpiresOn };

    /// <summary>As the API takes it. A blank number is sent as it is, so that the API's error stands beside this row.</summary>
    public object ToApi() => new { type = Type, number = Text(Number) ?? "", country = Text(Country), expiresOn = Text(ExpiresOn) };

    public (string, string?, string?, string?) Key => (Type, Text(Number), Text(Country), Text(ExpiresOn));

    internal static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>One phone number, e-mail address, social-media account or website as a form edits it.</summary>
public sealed class IdentifierRow
{
    public string Type { get; set; } = "PHONE";
    public string? Value { get; set; }
    /// <summary>The network of a social-media account (facebook, telegram, …); nothing for the other types.</summary>
    public string? Platform { get; set; }

    public static IdentifierRow Of(EntryIdentifier i) => new() { Type = i.Type, Value = i.Value, Platform = i.Platform };

    public object ToApi() => new
    {
        type = Type, value = DocumentRow.Text(Value) ?? "", platform = Type == "SOCIAL_HANDLE" ? DocumentRow.Text(Platform) : null,
    };

    public (string, string?, string?) Key => (Type, DocumentRow.Text(Value), Type == "SOCIAL_HANDLE" ? DocumentRow.Text(Platform) : null);
}
