using System.Globalization;
using System.Reflection;

namespace Watchlist.Matching;

/// <summary>
/// The registrable domain of a host ("shop.example.co.uk" → "example.co.uk"), by the Public Suffix List shipped as data
/// (no package of the registry serves it): the list's rules, wildcards and exceptions, ICANN and private sections alike,
/// so two blogs on one hosting domain (alice.blogspot.com, bob.blogspot.com) stay two sites.
/// </summary>
internal static class PublicSuffixes
{
    private static readonly Lazy<Rules> List = new(Load);

    private sealed record Rules(HashSet<string> Exact, HashSet<string> Wildcard, HashSet<string> Exception);

    /// <summary>The public suffix plus one label, or the host itself when it is a suffix or unknown.</summary>
    public static string RegistrableDomain(string host)
    {
        var labels = host.Trim('.').ToLowerInvariant().Split('.');
        if (labels.Length < 2) return host;
        var rules = List.Value;
        // The longest matching rule wins; an exception rule makes its parent the suffix. Unlisted TLDs are suffixes ("*").
        var suffixLength = 1;
        for (var i = 0; i < labels.Length; i++)
        {
            var candidate = string.Join('.', labels, i, labels.Length - i);
            if (rules.Exception.Contains(candidate))
            {
                suffixLength = labels.Length - i - 1;
                break;
            }
            var parent = i + 1 < labels.Length ? string.Join('.', labels, i + 1, labels.Length - i - 1) : null;
            if (rules.Exact.Contains(candidate) || (parent is not null && rules.Wildcard.Contains(parent)))
            {
                suffixLength = labels.Length - i;
                break;
            }
        }
        if (suffixLength >= labels.Length) return string.Join('.', labels);
        return string.Join('.', labels, labels.Length - suffixLength - 1, suffixLength + 1);
    }

    private static Rules Load()
    {
        var idn = new IdnMapping();
        var rules = new Rules(new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Watchlist.Matching.public_suffix_list.dat")
            ?? throw new InvalidOperationException("public_suffix_list.dat is not embedded");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var rule = line.Trim();
            if (rule.Length == 0 || rule.StartsWith("//", StringComparison.Ordinal)) continue;
            // Hosts are compared in their ASCII (punycode) form, as URLs carry them.
            var set = rule[0] == '!' ? rules.Exception : rule.StartsWith("*.", StringComparison.Ordinal) ? rules.Wildcard : rules.Exact;
            rule = rule.TrimStart('!', '*', '.');
            set.Add(Ascii(idn, rule));
        }
        return rules;
    }

    private static string Ascii(IdnMapping idn, string rule)
    {
        try
        {
            return idn.GetAscii(rule);
        }
        catch (ArgumentException)
        {
            return rule;
        }
    }
}
