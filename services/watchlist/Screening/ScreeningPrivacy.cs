using Marten;
using Watchlist.ServiceDefaults.PersonalData;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Content.Extraction;
using Watchlist.WatchlistService.Content.Screening;

namespace Watchlist.WatchlistService.Screening;

/// <summary>What a content screening seals: the post as given and what was read from it.</summary>
public sealed record ContentPersonalData(ContentInput Content, ExtractedItems Extracted);

/// <summary>
/// Crypto-shredding of screening records (decision 0039). A record is stored with its personal fields replaced by keyed
/// pseudonyms and the clear fields sealed under a data key of the key store; every reader opens it through here. While the
/// key exists the reader gets the record in clear; once retention has shredded the key it gets the pseudonyms, and
/// decisions, hits, list positions and who asked are untouched either way. One key seals one write (a screening, or a
/// whole batch: its records reach retention together), so a manifest adds one key, not one per passenger.
/// </summary>
public sealed class ScreeningPrivacy(PersonalDataVault vault, Pseudonyms pseudonyms)
{
    /// <summary>A hit explanation's detail once its clear form is gone: the feature and its score stay, the values it quoted go.</summary>
    public const string Withheld = "withheld";

    /// <summary>One write's records, each sealed under the write's one new key (see above), whichever kind each is.</summary>
    public IReadOnlyList<IScreeningRecord> Seal(IDocumentSession session, IReadOnlyList<IScreeningRecord> records)
    {
        if (records.Count == 0) return records;
        var key = vault.NewKey(session, records[0].Change.At);
        return [.. records.Select(r => r switch
        {
            ScreeningRecorded s => (IScreeningRecord)Seal(key, s),
            ContentScreeningRecorded c => Seal(key, c),
            _ => throw new ArgumentException($"{r.GetType().Name} is not a screening record this service seals.", nameof(records)),
        })];
    }

    private ScreeningRecorded Seal(PersonalDataVault.OpenKey key, ScreeningRecorded s) => s with
    {
        Traveller = Pseudonymise(s.Traveller),
        Sealed = vault.Seal(key, s.ScreeningId, s.Traveller),
        Hits = Withhold(s.Hits),
        SealedDetails = SealDetails(key, s.ScreeningId, s.Hits),
    };

    private ContentScreeningRecorded Seal(PersonalDataVault.OpenKey key, ContentScreeningRecorded c) => Pseudonymise(c) with
    {
        Sealed = vault.Seal(key, c.ScreeningId, new ContentPersonalData(c.Content, c.Extracted)),
        Hits = Withhold(c.Hits),
        SealedDetails = SealDetails(key, c.ScreeningId, c.Hits),
    };

    private SealedData? SealDetails(PersonalDataVault.OpenKey key, Guid recordId, IReadOnlyList<Hit> hits) => hits.Count == 0 ? null
        : vault.Seal(key, recordId, hits.Select(h => h.Explanation.Select(e => e.Detail).ToList()).ToList());

    private static IReadOnlyList<Hit> Withhold(IReadOnlyList<Hit> hits) =>
        [.. hits.Select(h => h with { Explanation = [.. h.Explanation.Select(e => e with { Detail = Withheld })] })];

    /// <summary>The hits with their sealed details back, or as stored (withheld) when there are none or the key is gone.</summary>
    private IReadOnlyList<Hit> Details(IReadOnlyDictionary<Guid, byte[]> keys, IReadOnlyList<Hit> hits, SealedData? sealedDetails)
    {
        if (sealedDetails is null || vault.Open<List<List<string>>>(keys, sealedDetails) is not { } details) return hits;
        return [.. hits.Select((h, i) => h with
        {
            Explanation = [.. h.Explanation.Select((e, j) => e with { Detail = details[i][j] })],
        })];
    }

    /// <summary>The records as readers see them, in the same order; anything that is not a screening record passes unchanged.</summary>
    public async Task<IReadOnlyList<T>> OpenAsync<T>(IQuerySession session, IReadOnlyList<T> records, CancellationToken ct) where T : class
    {
        var keys = await vault.KeysAsync(session, records.Select(r => r switch
        {
            ScreeningRecorded s => s.Sealed,
            ContentScreeningRecorded c => c.Sealed,
            _ => null,
        }), ct);
        return [.. records.Select(r => (T)Open(keys, r))];
    }

    public async Task<T> OpenOneAsync<T>(IQuerySession session, T record, CancellationToken ct) where T : class =>
        (await OpenAsync(session, [record], ct))[0];

    private object Open(IReadOnlyDictionary<Guid, byte[]> keys, object record) => record switch
    {
        ScreeningRecorded { Sealed: { } s } t => vault.Open<TravellerInput>(keys, s) is { } clear
            ? t with { Traveller = clear, Hits = Details(keys, t.Hits, t.SealedDetails), Sealed = null, SealedDetails = null }
            : t with { Sealed = null, SealedDetails = null, Pseudonymised = true },
        ContentScreeningRecorded { Sealed: { } s } c => vault.Open<ContentPersonalData>(keys, s) is { } clear
            ? c with
            {
                Content = clear.Content,
                Extracted = clear.Extracted,
                Hits = Details(keys, c.Hits, c.SealedDetails),
                Sealed = null,
                SealedDetails = null,
            }
            : c with { Sealed = null, SealedDetails = null, Pseudonymised = true },
        _ => record,
    };

    /// <summary>
    /// A record stored before sealing existed, as retention masks it: pseudonyms in place of its clear fields, and its hits'
    /// explanations withheld. A record sealed before explanations were has only those to mask (its fields are pseudonyms).
    /// </summary>
    public object Mask(object legacy) => legacy switch
    {
        ScreeningRecorded s => s with
        {
            Traveller = s.Sealed is null ? Pseudonymise(s.Traveller) : s.Traveller,
            Hits = Withhold(s.Hits),
            Pseudonymised = true,
        },
        ContentScreeningRecorded c => (c.Sealed is null ? Pseudonymise(c) : c) with { Hits = Withhold(c.Hits), Pseudonymised = true },
        _ => legacy,
    };

    /// <summary>Names, birth date, document numbers and identifier values; gender and nationality are too coarse to name anyone.</summary>
    public TravellerInput Pseudonymise(TravellerInput t) => t with
    {
        Name = P("name", t.Name),
        Names = t.Names?.Select(n => P("name", n)!).ToList(),
        BirthDate = P("birthDate", t.BirthDate),
        Documents = t.Documents?.Select(d => d with { Number = P("document", d.Number) }).ToList(),
        Identifiers = t.Identifiers?.Select(i => i with { Value = P(KindOf(i.Type), i.Value) }).ToList(),
    };

    /// <summary>The post's text goes (it cannot be pseudonymised word by word); its address and every item read from it become
    /// pseudonyms of the same kinds a traveller's have, so a phone in a post and on a traveller still map to one pseudonym.</summary>
    private ContentScreeningRecorded Pseudonymise(ContentScreeningRecorded c) => c with
    {
        Content = c.Content with { Text = null, Url = P("url", c.Content.Url) },
        Extracted = new ExtractedItems(
            [.. c.Extracted.Phones.Select(p => pseudonyms.Of(KindOf(IdentifierType.Phone), p))],
            [.. c.Extracted.Emails.Select(e => pseudonyms.Of(KindOf(IdentifierType.Email), e))],
            [.. c.Extracted.Handles.Select(h => h with { Value = pseudonyms.Of(KindOf(IdentifierType.SocialHandle), h.Value) })],
            [.. c.Extracted.Websites.Select(w => pseudonyms.Of(KindOf(IdentifierType.Website), w))],
            [.. c.Extracted.Organisations.Select(o => pseudonyms.Of("name", o))],
            [.. c.Extracted.Names.Select(n => pseudonyms.Of("name", n))]),
    };

    private string? P(string kind, string? value) => pseudonyms.OfOptional(kind, value);

    private static string KindOf(IdentifierType? type) => Pseudonyms.IdentifierKind(type?.ToString());
}
