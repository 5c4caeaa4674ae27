using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Watchlist.Contracts.Screening;
using Watchlist.ServiceDefaults.PersonalData;

namespace Watchlist.Tests.Unit.Governance;

/// <summary>Keyed pseudonyms and sealing: the pure parts of retention (decision 0039).</summary>
public sealed class PersonalDataTests
{
    private static readonly PersonalDataSettings Settings = new(TimeSpan.FromDays(1), RandomNumberGenerator.GetBytes(32),
        RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void The_same_person_maps_to_the_same_pseudonym_however_written_and_another_key_gives_another()
    {
        var pseudonyms = new Pseudonyms(Settings);
        Assert.Equal(pseudonyms.Of("name", "Nguyễn Văn  An"), pseudonyms.Of("name", "NGUYEN VAN AN"));
        Assert.NotEqual(pseudonyms.Of("name", "Nguyen Van An"), pseudonyms.Of("name", "Nguyen Van Anh"));
        Assert.NotEqual(pseudonyms.Of("name", "C1234567"), pseudonyms.Of("document", "C1234567")); // kinds never collide
        Assert.StartsWith(Pseudonyms.Prefix + "name:", pseudonyms.Of("name", "An"));
        var other = new Pseudonyms(Settings with { PseudonymKey = RandomNumberGenerator.GetBytes(32) });
        Assert.NotEqual(pseudonyms.Of("name", "Nguyen Van An"), other.Of("name", "Nguyen Van An"));
        Assert.Equal(Pseudonyms.IdentifierKind("SOCIAL_HANDLE"), Pseudonyms.IdentifierKind("SocialHandle"));
    }

    [Fact]
    public void A_traveller_snapshot_keeps_its_shape_with_every_name_document_and_identifier_pseudonymised()
    {
        var pseudonyms = new Pseudonyms(Settings);
        var traveller = new TravellerSnapshot(["Le Thi B"], "1990-01-02", "F", "VN", [new TravellerDocument("PASSPORT", "B7654321", "VN")],
            [new TravellerIdentifier("PHONE", "+84912345678", null)]);
        var p = pseudonyms.Of(traveller);
        Assert.Equal(pseudonyms.Of("name", "Le Thi B"), p.Names.Single());
        Assert.Equal(pseudonyms.Of("birthDate", "1990-01-02"), p.BirthDate);
        Assert.Equal(pseudonyms.Of("document", "B7654321"), p.Documents.Single().Number);
        Assert.Equal(pseudonyms.Of("phone", "+84912345678"), p.Identifiers.Single().Value);
        Assert.Equal(("F", "VN", "PASSPORT", "VN"), (p.Gender, p.Nationality, p.Documents[0].Type, p.Documents[0].Country));
    }

    [Fact]
    public void Sealed_data_opens_with_its_key_and_not_once_the_key_is_gone_nor_when_moved_to_another_record()
    {
        var vault = new PersonalDataVault(Settings);
        var key = new PersonalDataVault.OpenKey(Guid.NewGuid(), RandomNumberGenerator.GetBytes(32));
        var record = Guid.NewGuid();
        var sealedData = vault.Seal(key, record, new TravellerSnapshot(["Tran C"], null, null, null, [], []));
        Assert.DoesNotContain("Tran", sealedData.Ciphertext);
        var keys = new Dictionary<Guid, byte[]> { [key.Id] = key.Key };

        Assert.Equal("Tran C", vault.Open<TravellerSnapshot>(keys, sealedData)!.Names.Single());
        Assert.Null(vault.Open<TravellerSnapshot>(new Dictionary<Guid, byte[]>(), sealedData)); // shredded
        Assert.ThrowsAny<CryptographicException>(() => vault.Open<TravellerSnapshot>(keys, sealedData with { RecordId = Guid.NewGuid() }));
    }

    [Fact]
    public void Keys_come_from_outside_the_database_and_development_keys_only_serve_development()
    {
        var production = new HostingEnvironment { EnvironmentName = Environments.Production };
        var development = new HostingEnvironment { EnvironmentName = Environments.Development };
        IConfiguration Config(params (string Key, string? Value)[] values) =>
            new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build();

        Assert.Throws<InvalidOperationException>(() => PersonalDataSettings.From(Config(), production));
        Assert.Equal(TimeSpan.FromDays(PersonalDataSettings.DefaultDays), PersonalDataSettings.From(Config(), development).Retention);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var file = Path.GetTempFileName();
        File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) + "\n");
        try
        {
            var settings = PersonalDataSettings.From(Config(("PersonalData:PseudonymKey", key), ("PersonalData:MasterKeyFile", file),
                ("Retention:PersonalDataDays", "30")), production);
            Assert.Equal(TimeSpan.FromDays(30), settings.Retention);
            Assert.Equal(Convert.FromBase64String(key), settings.PseudonymKey);
        }
        finally { File.Delete(file); }
        Assert.Throws<InvalidOperationException>(() => PersonalDataSettings.From(
            Config(("PersonalData:PseudonymKey", "c2hvcnQ="), ("PersonalData:MasterKey", key)), production));
        Assert.Throws<InvalidOperationException>(() => PersonalDataSettings.From(Config(("Retention:PersonalDataDays", "0")), development));
    }
}
