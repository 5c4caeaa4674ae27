using Marten;
using Watchlist.Alerts.Alerts;
using Watchlist.Contracts.Screening;
using Watchlist.ServiceDefaults.PersonalData;

namespace Watchlist.Alerts.Retention;

/// <summary>What an alert's raising seals: the traveller as screened, and a content alert's post.</summary>
public sealed record AlertPersonalData(TravellerSnapshot Traveller, string? Post);

/// <summary>
/// Crypto-shredding of alerts (decision 0060), with the watchlist service's machinery (<see cref="PersonalDataVault"/>, its key
/// store in this service's own schema, <see cref="DataKeyRetention"/>). An <see cref="AlertRaised"/> is stored with the traveller
/// and the post as keyed pseudonyms and the clear ones sealed under a data key of its own, written in the same transaction; the
/// read model keeps the alert in clear until retention pseudonymises it (<see cref="AlertTravellerRetention"/>). Who the traveller
/// is for dedup and false-positive memory is a keyed pseudonym from the start, so the same person keys the same alert before and
/// after the period without anything in clear.
/// </summary>
public sealed class AlertPrivacy(PersonalDataVault vault, Pseudonyms pseudonyms)
{
    /// <summary>The keyed traveller identity of a canonical one (<see cref="Alerts.Raising.TravellerIdentity.Of(TravellerSnapshot,
    /// ScreeningContextSnapshot)"/>); one already keyed stays as it is.</summary>
    public string IdentityOf(string canonical) =>
        Pseudonyms.IsPseudonym(canonical) ? canonical : pseudonyms.OfExact("identity", canonical);

    /// <summary>
    /// A dedup key (entry, identity, post, agency) with its identity keyed. A key of a shape no version of the code wrote (it does
    /// not start with the entry and that identity) is keyed whole, so that no clear identity survives in it.
    /// </summary>
    public string KeyedDedupKey(Guid entryId, string dedupKey, string identity)
    {
        var keyed = $"{entryId:N}|{Pseudonyms.Prefix}";
        if (dedupKey.StartsWith(keyed, StringComparison.Ordinal)) return dedupKey;
        var clear = $"{entryId:N}|{identity}|";
        return dedupKey.StartsWith(clear, StringComparison.Ordinal)
            ? $"{entryId:N}|{IdentityOf(identity)}|{dedupKey[clear.Length..]}"
            : pseudonyms.OfExact("dedupkey", dedupKey);
    }

    /// <summary>The facts as they read once the clear data is gone: the traveller's names, birth date, documents and identifiers,
    /// and the post, as the same keyed pseudonyms the screening record shows.</summary>
    public AlertFacts Pseudonymise(AlertFacts f) => f with
    {
        Traveller = pseudonyms.Of(f.Traveller),
        Post = f.Post is null || Pseudonyms.IsPseudonym(f.Post) ? f.Post : pseudonyms.Of("url", f.Post),
    };

    /// <summary>The events as they are stored: each raising sealed under a new data key (one alert, one key), the others as they
    /// are.</summary>
    public IReadOnlyList<IAlertEvent> Seal(IDocumentSession session, IReadOnlyList<IAlertEvent> events) =>
        [.. events.Select(e => e is AlertRaised { Sealed: null, Pseudonymised: null } raised ? Seal(session, raised) : e)];

    private AlertRaised Seal(IDocumentSession session, AlertRaised raised)
    {
        var key = vault.NewKey(session, raised.Change.At);
        var clear = new AlertPersonalData(raised.Facts.Traveller, raised.Facts.Post);
        return raised with { Facts = Pseudonymise(raised.Facts), Sealed = vault.Seal(key, raised.AlertId, clear) };
    }

    /// <summary>A stored raising as it reads: in clear while its key exists, pseudonyms (<c>pseudonymised</c>) once it is shredded.
    /// A raising stored before sealing existed reads as it was stored.</summary>
    public async Task<AlertRaised> OpenAsync(IQuerySession session, AlertRaised stored, CancellationToken ct)
    {
        if (stored.Sealed is not { } sealedData) return stored;
        var clear = vault.Open<AlertPersonalData>(await vault.KeysAsync(session, [sealedData], ct), sealedData);
        return clear is null
            ? stored with { Sealed = null, Pseudonymised = true }
            : stored with { Facts = stored.Facts with { Traveller = clear.Traveller, Post = clear.Post }, Sealed = null };
    }

    /// <summary>A raising stored before sealing existed, as retention masks it: pseudonyms in place of the clear traveller, post,
    /// identity and dedup key.</summary>
    public AlertRaised Mask(AlertRaised legacy) => legacy with
    {
        Facts = Pseudonymise(legacy.Facts) with
        {
            TravellerIdentity = IdentityOf(legacy.Facts.TravellerIdentity),
            DedupKey = KeyedDedupKey(legacy.Facts.EntryId, legacy.Facts.DedupKey, legacy.Facts.TravellerIdentity),
        },
        Pseudonymised = true,
    };

    /// <summary>The audience migration's event of such an alert: the dedup key it recorded, keyed.</summary>
    public AlertAudienceSettled Mask(AlertAudienceSettled settled, AlertFacts raisedAs) =>
        settled with { DedupKey = KeyedDedupKey(raisedAs.EntryId, settled.DedupKey, raisedAs.TravellerIdentity) };
}
