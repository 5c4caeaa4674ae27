using Bogus;
using BogusGender = Bogus.DataSets.Name.Gender;

namespace Watchlist.Bench.Data;

/// <summary>
/// People's names from Bogus in many locales, weighted by <see cref="Culture.Share"/>.
/// Deterministic for a seed. Western names get a middle name now and then.
/// </summary>
public sealed class NameGenerator
{
    private readonly Dictionary<Culture, Faker> _fakers = [];
    private readonly Culture[] _weighted;

    public NameGenerator(int seed)
    {
        Random = new Random(seed);
        foreach (var culture in Culture.All) _fakers[culture] = new Faker(culture.Locale) { Random = new Randomizer(Random.Next()) };
        _weighted = [.. Culture.All.SelectMany(c => Enumerable.Repeat(c, c.Share))];
    }

    public Random Random { get; }

    public (PersonName Name, bool Male) Next()
    {
        var culture = _weighted[Random.Next(_weighted.Length)];
        var faker = _fakers[culture];
        var male = Random.Next(2) == 0;
        var gender = male ? BogusGender.Male : BogusGender.Female;
        return (new PersonName(faker.Name.LastName(gender), GivenNames(culture, faker, gender), culture), male);
    }

    /// <summary>
    /// Given names as each culture composes them. Bogus's lists are short for some locales (20
    /// Korean given names), which would make every generated person a namesake of a listed one;
    /// composing from their parts gives the variety real populations have: a Vietnamese middle
    /// and given name drawn apart, Han and Hangul given names from two syllables, the father's
    /// name after an Arabic or Persian given name, a Western middle name now and then.
    /// </summary>
    private List<string> GivenNames(Culture culture, Faker faker, BogusGender gender)
    {
        var first = FirstName(faker, gender);
        switch (culture.Group)
        {
            case "vietnamese":
                var middle = first.Split(' ')[0];
                var given = FirstName(faker, gender).Split(' ')[^1];
                return middle == given ? [given] : [middle, given];
            case "east-asian" when culture.Locale != "ja" && first.Length == 2:
                return [$"{first[0]}{FirstName(faker, gender)[^1]}"];
            case "arabic-script":
                return [first, FirstName(faker, BogusGender.Male)]; // given name and father's name
            default:
                return !culture.SurnameFirst && Random.NextDouble() < 0.25 ? [first, FirstName(faker, gender)] : [first];
        }
    }

    /// <summary>A first name, without the odd stray punctuation some locale lists carry ("- Đặng").</summary>
    private static string FirstName(Faker faker, BogusGender gender) =>
        string.Join(' ', faker.Name.FirstName(gender).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t.Any(char.IsLetter)));

    /// <summary>Other given names of the same culture, for an alias.</summary>
    public IReadOnlyList<string> GivenNames(Culture culture, bool male) =>
        GivenNames(culture, _fakers[culture], male ? BogusGender.Male : BogusGender.Female);

    /// <summary>A company as lists name them: a place, a trade and a legal form ("Đà Nẵng Electronics Ltd").</summary>
    public string CompanyName(Culture culture)
    {
        var faker = _fakers[culture];
        return $"{faker.Address.City()} {faker.Commerce.Department()} {faker.Company.CompanySuffix()}";
    }
}
