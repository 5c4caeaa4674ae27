using Watchlist.Contracts.Screening;
using Watchlist.Matching.Text;

namespace Watchlist.Alerts.Alerts.Raising;

/// <summary>
/// Who a screened traveller is, for dedup and false-positive memory: the first document (number and country, not its
/// type, since the same passport is sent as PASSPORT or OTHER), else the folded name and birth date.
/// </summary>
public static class TravellerIdentity
{
    public static string Of(TravellerSnapshot traveller)
    {
        var document = traveller.Documents
            .Select(d => (Number: new string(d.Number.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant(), Country: Country(d.Country)))
            .Where(d => d.Number.Length > 0)
            .OrderBy(d => d.Number, StringComparer.Ordinal)
            .FirstOrDefault();
        if (document.Number is { Length: > 0 }) return $"doc:{document.Number}:{document.Country}";
        var name = traveller.Names.Select(NameFolding.Fold).FirstOrDefault(n => n.Length > 0) ?? "";
        if (name.Length > 0) return $"name:{name}:{traveller.BirthDate}";
        var identifier = traveller.Identifiers.Select(i => $"{i.Type}:{i.Value}".ToLowerInvariant()).Order(StringComparer.Ordinal).FirstOrDefault();
        return $"id:{identifier}";
    }

    /// <summary>Alpha-3 on input (VNM) and alpha-2 (VN) must name the same passport.</summary>
    private static string Country(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        null or "" => "",
        { Length: 3 } alpha3 => Alpha2.GetValueOrDefault(alpha3, alpha3),
        var other => other,
    };

    private static readonly Dictionary<string, string> Alpha2 = System.Globalization.CultureInfo.GetCultures(System.Globalization.CultureTypes.SpecificCultures)
        .Select(c => { try { return new System.Globalization.RegionInfo(c.Name); } catch (ArgumentException) { return null; } })
        .Where(r => r is not null && r.TwoLetterISORegionName.Length == 2)
        .GroupBy(r => r!.ThreeLetterISORegionName)
        .ToDictionary(g => g.Key, g => g.First()!.TwoLetterISORegionName);

    public static string DedupKey(Guid entryId, string identity, string borderPost) => $"{entryId:N}|{identity}|{borderPost.Trim().ToUpperInvariant()}";
}
