using System.Text.RegularExpressions;

namespace Watchlist.Matching;

/// <summary>
/// Dotted initials written without spaces are one word: "S.A." is SA (a legal form), "U.S.A." is USA, "I.B.M." is IBM,
/// so they meet the same word written plainly instead of becoming a run of one-letter initials.
/// </summary>
internal static partial class DottedInitials
{
    public static string Join(string name) => name.Contains('.') ? Initials().Replace(name, m => m.Value.Replace(".", "")) : name;

    [GeneratedRegex(@"(?<!\p{L})(?:\p{L}\.){2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Initials();
}
