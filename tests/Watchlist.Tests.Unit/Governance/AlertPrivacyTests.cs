using System.Security.Cryptography;
using Watchlist.Alerts.Alerts;
using Watchlist.Alerts.Alerts.Raising;
using Watchlist.Alerts.Retention;
using Watchlist.Contracts.Screening;
using Watchlist.ServiceDefaults.PersonalData;
using AlertAudience = Watchlist.Contracts.Alerts.AlertAudience;

namespace Watchlist.Tests.Unit.Governance;

/// <summary>The pure parts of alerts' personal data (decision 0060): keyed identities and dedup keys, masking, the decider's
/// steps.</summary>
public sealed class AlertPrivacyTests
{
    private static readonly PersonalDataSettings Settings = new(TimeSpan.FromDays(1), RandomNumberGenerator.GetBytes(32),
        RandomNumberGenerator.GetBytes(32));

    private static readonly AlertPrivacy Privacy = new(new PersonalDataVault(Settings), new Pseudonyms(Settings));

    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly Guid Entry = Guid.NewGuid();

    private static readonly TravellerSnapshot Traveller = new(["NGUYEN VAN HUNG"], "1980-05-12", "MALE", "VN",
        [new TravellerDocument("PASSPORT", "C1234567", "VN")], [new TravellerIdentifier("PHONE", "+84912345678", null)]);

    private static AlertFacts Facts(string identity, string? post = null) => new(
        TravellerIdentity.DedupKey(Entry, identity, "VN-TSN", "VN-MPS"), identity, Entry, 1, "Listed Person", null, "ARREST",
        "HUMAN_TRAFFICKING", ["trafficking-suspects"], "VN-TSN", Traveller, 0.97, "MATCH", "VN-MPS", ["*"], false, "VN-MPS",
        AlertAudience.Of("VN-MPS", "VN-MPS"), post is null ? null : "VN-A05", post);

    private static AlertRaised Raised(AlertFacts facts) => new(Guid.NewGuid(), facts, AlertSeverity.Critical,
        new HitRecord(Guid.NewGuid(), T0, 1, 0.97, "MATCH", ["*"], false), T0.AddHours(1), new AlertChange("officer", "VN-MPS", T0, null));

    [Fact]
    public void An_exact_pseudonym_tells_apart_what_normalising_would_merge_and_never_equals_a_normalised_one()
    {
        var pseudonyms = new Pseudonyms(Settings);
        Assert.Equal(pseudonyms.Of("email", "a.b@x.vn"), pseudonyms.Of("email", "a_b@x.vn")); // why identities need OfExact
        Assert.NotEqual(pseudonyms.OfExact("identity", "id:email:a.b@x.vn"), pseudonyms.OfExact("identity", "id:email:a_b@x.vn"));
        Assert.Equal(pseudonyms.OfExact("identity", "doc:C1:VN"), pseudonyms.OfExact("identity", "doc:C1:VN"));
        Assert.NotEqual(pseudonyms.Of("identity", "DOC C1 VN"), pseudonyms.OfExact("identity", "DOC C1 VN"));
        Assert.StartsWith(Pseudonyms.Prefix + "identity:", pseudonyms.OfExact("identity", "doc:C1:VN"));
    }

    [Fact]
    public void A_traveller_identity_is_keyed_once_and_the_same_traveller_always_gets_the_same_key()
    {
        var clear = TravellerIdentity.Of(Traveller);
        var keyed = Privacy.IdentityOf(clear);
        Assert.True(Pseudonyms.IsPseudonym(keyed));
        Assert.DoesNotContain("C1234567", keyed);
        Assert.Equal(keyed, Privacy.IdentityOf(TravellerIdentity.Of(Traveller with { Names = ["Another Name"] })));
        Assert.Equal(keyed, Privacy.IdentityOf(keyed)); // keying is idempotent: a migration may run again
        Assert.NotEqual(keyed, Privacy.IdentityOf("doc:C1234568:VN"));
    }

    [Fact]
    public void A_clear_dedup_key_is_keyed_in_place_of_its_identity_and_one_of_unknown_shape_is_keyed_whole()
    {
        const string clear = "post:https://facebook.com/p/1|2";
        var key = TravellerIdentity.DedupKey(Entry, clear, "VN-A05", "VN-MPS");
        var keyed = Privacy.KeyedDedupKey(Entry, key, clear);
        Assert.Equal(TravellerIdentity.DedupKey(Entry, Privacy.IdentityOf(clear), "VN-A05", "VN-MPS"), keyed);
        Assert.Equal(keyed, Privacy.KeyedDedupKey(Entry, keyed, clear));
        // The key of an alert stored before audiences (no agency) keeps its shape.
        Assert.Equal($"{Entry:N}|{Privacy.IdentityOf("doc:C1:VN")}|VN-TSN",
            Privacy.KeyedDedupKey(Entry, $"{Entry:N}|doc:C1:VN|VN-TSN", "doc:C1:VN"));
        var odd = Privacy.KeyedDedupKey(Entry, "something|doc:C1:VN|VN-TSN", "doc:C1:VN");
        Assert.True(Pseudonyms.IsPseudonym(odd));
        Assert.DoesNotContain("C1", odd);
    }

    [Fact]
    public void A_raising_stored_before_sealing_is_masked_to_pseudonyms_and_keyed_keys_with_its_entry_and_hit_unchanged()
    {
        const string url = "https://www.facebook.com/groups/viecnhe/posts/1";
        var legacy = Raised(Facts(TravellerIdentity.Of(Traveller)) with { Post = url, Unit = "VN-A05" });
        var masked = Privacy.Mask(legacy);
        Assert.True(masked.Pseudonymised);
        Assert.Null(masked.Sealed);
        var text = System.Text.Json.JsonSerializer.Serialize(masked);
        foreach (var clear in new[] { "NGUYEN", "C1234567", "+84912345678", "1980-05-12", "facebook" })
            Assert.DoesNotContain(clear, text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Privacy.IdentityOf(TravellerIdentity.Of(Traveller)), masked.Facts.TravellerIdentity);
        Assert.Equal(Privacy.KeyedDedupKey(Entry, legacy.Facts.DedupKey, legacy.Facts.TravellerIdentity), masked.Facts.DedupKey);
        Assert.Equal(new Pseudonyms(Settings).Of("url", url), masked.Facts.Post);
        Assert.Equal((legacy.AlertId, legacy.Hit, legacy.Facts.EntryName, legacy.Facts.Audience),
            (masked.AlertId, masked.Hit, masked.Facts.EntryName, masked.Facts.Audience));

        var settled = new AlertAudienceSettled(legacy.AlertId, "VN-MPS", AlertAudience.Of("VN-MPS", "VN-MPS"), legacy.Facts.DedupKey,
            "why", new AlertChange(AlertChange.MigrationActor, null, T0, null));
        Assert.Equal(masked.Facts.DedupKey, Privacy.Mask(settled, legacy.Facts).DedupKey);
    }

    [Fact]
    public void Pseudonymising_covers_the_post_once_and_again_only_for_an_alert_pseudonymised_before_posts_were()
    {
        var raised = AlertDecider.Fold([Raised(Facts("psn:identity:1", "https://x.vn/p/1"))])!;
        var change = new AlertChange(AlertChange.RetentionActor, null, T0.AddDays(2), null);
        var masked = Privacy.Pseudonymise(raised.Facts);
        var pseudonymise = new PseudonymiseTraveller(raised.Id, masked.Traveller, masked.Post, change);
        var done = AlertDecider.Fold(raised, AlertDecider.Decide(pseudonymise, raised))!;
        Assert.Equal(masked.Post, done.Facts.Post);
        Assert.Equal(T0.AddDays(2), done.Facts.PseudonymisedAt);
        Assert.Empty(AlertDecider.Decide(new PseudonymiseTraveller(raised.Id, masked.Traveller, masked.Post, change), done));

        // An event stored before posts were pseudonymised left the post as it was: the next round takes it.
        var older = AlertDecider.Evolve(raised, new AlertTravellerPseudonymised(raised.Id, masked.Traveller, change))!;
        Assert.Equal("https://x.vn/p/1", older.Facts.Post);
        Assert.Single(AlertDecider.Decide(new PseudonymiseTraveller(raised.Id, masked.Traveller, masked.Post, change), older));
    }

    [Fact]
    public void Keying_an_identity_is_an_event_once_and_changes_only_the_identity_and_the_key()
    {
        var clear = TravellerIdentity.Of(Traveller);
        var alert = AlertDecider.Fold([Raised(Facts(clear))])!;
        var (identity, key) = (Privacy.IdentityOf(clear), Privacy.KeyedDedupKey(Entry, alert.Facts.DedupKey, clear));
        var change = new AlertChange(AlertChange.IdentityMigrationActor, null, T0, null);
        var events = AlertDecider.Decide(new KeyIdentity(alert.Id, identity, key, change), alert);
        var keyed = AlertDecider.Fold(alert, events)!;
        Assert.Equal((identity, key), (keyed.Facts.TravellerIdentity, keyed.Facts.DedupKey));
        Assert.Equal(alert.Facts with { TravellerIdentity = identity, DedupKey = key }, keyed.Facts);
        Assert.Equal((alert.Status, alert.Version + 1), (keyed.Status, keyed.Version));
        Assert.Empty(AlertDecider.Decide(new KeyIdentity(alert.Id, identity, key, change), keyed));
    }
}
