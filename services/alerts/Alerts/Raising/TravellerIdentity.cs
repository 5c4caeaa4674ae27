using Watchlist.Contracts.Screening;
using Watchlist.Matching;
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
            .Select(d => (Number: new string(d.Number.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant(),
                Country: Country(d.Country)))
            .Where(d => d.Number.Length > 0)
            .OrderBy(d => d.Number, StringComparer.Ordinal)
            .FirstOrDefault();
        if (document.Number is { Length: > 0 }) return $"doc:{document.Number}:{document.Country}";
        var name = traveller.Names.Select(NameFolding.Fold).FirstOrDefault(n => n.Length > 0) ?? "";
        if (name.Length > 0) return $"name:{name}:{traveller.BirthDate}";
        var identifier = traveller.Identifiers.Select(i => $"{i.Type}:{i.Value}".ToLowerInvariant()).Order(StringComparer.Ordinal)
            .FirstOrDefault();
        return $"id:{identifier}";
    }

    /// <summary>
    /// Who hit, as dedup and false-positive memory see it: for a screened post the post itself (its URL or text hash), since a
    /// post names a broker's items, not one person; for a border crossing the traveller.
    /// </summary>
    public static string Of(TravellerSnapshot traveller, ScreeningContextSnapshot context) =>
        context is { Unit: not null, Post: { Length: > 0 } post } ? $"post:{post}" : Of(traveller);

    /// <summary>Where an alert is routed: the screening unit of a post, the border post of a crossing.</summary>
    public static string RoutingOf(ScreeningContextSnapshot context) => context.Unit ?? context.BorderPost;

    /// <summary>Alpha-3 on input (VNM) and alpha-2 (VN) must name the same passport: the engine's own country table decides.</summary>
    private static string Country(string? code) => CountryCodes.ToAlpha2(code) ?? code?.Trim().ToUpperInvariant() ?? "";

    /// <summary>
    /// One alert per (entry, traveller, border post, screening agency), and per (entry, post, unit, screening agency) for a
    /// screened post (<see cref="RoutingOf"/>; a post's identity starts with <c>post:</c>, so the two never share a key): two
    /// agencies that screen the same traveller against the same entry get an alert each, since one shared alert would show each
    /// agency the other's crossing.
    /// </summary>
    public static string DedupKey(Guid entryId, string identity, string borderPost, string screeningAgency) =>
        $"{entryId:N}|{identity}|{borderPost.Trim().ToUpperInvariant()}|{screeningAgency}";
}
