namespace Watchlist.Matching;

/// <summary>
/// E-mail addresses in canonical form: lowercase, and where the provider itself defines two spellings as one mailbox, that
/// mailbox. Only Gmail does so publicly (dots in the local part are ignored, "+tag" is a suffix the owner may add, and
/// googlemail.com is the same domain); elsewhere dots and plus signs may name other mailboxes, so they are kept.
/// </summary>
public static class EmailAddress
{
    public static string Canonical(string raw)
    {
        var address = raw.Trim().ToLowerInvariant();
        if (address.StartsWith("mailto:", StringComparison.Ordinal)) address = address[7..];
        var at = address.LastIndexOf('@');
        if (at <= 0) return address;
        var local = address[..at];
        var domain = address[(at + 1)..].TrimEnd('.');
        if (domain is not ("gmail.com" or "googlemail.com")) return $"{local}@{domain}";
        var plus = local.IndexOf('+');
        if (plus > 0) local = local[..plus];
        return $"{local.Replace(".", "", StringComparison.Ordinal)}@gmail.com";
    }
}
