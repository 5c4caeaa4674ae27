using System.Globalization;
using PhoneNumbers;
using Watchlist.Bench.Data;
using Watchlist.Matching;
using Watchlist.WatchlistService.Screening;
using S = Watchlist.WatchlistService.Entries;

namespace Watchlist.Bench.Cases.Families;

/// <summary>
/// Brokers' identifiers as lists and travellers write them: one listed identifier per entry, asked in each other written
/// form (positives) and as a near miss (negatives: another subscriber, another mailbox, another domain, another profile).
/// A case is asked by the identifier alone and may hit its own entry only.
/// </summary>
public static class IdentifierCases
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();
    private static readonly string[] Regions = ["VN", "TH", "KH", "LA", "CN", "US", "GB", "DE", "FR", "RU", "IN", "NG", "PH", "MY", "KR"];
    private static readonly string[] Words =
        ["viec", "nhe", "luong", "cao", "golden", "star", "travel", "asia", "work", "job", "sai", "gon", "ha", "noi", "visa", "tour",
            "lao", "dong", "xuat", "khau", "sun", "ocean", "global", "trade", "minh", "anh", "hung", "lan", "phuong", "express"];

    public sealed record Built(IReadOnlyList<MatchableEntry> Entries, IReadOnlyList<LabelledQuery> Cases);

    private sealed record Form(bool Same, S.IdentifierType Type, string Value, string? Platform = null, string? Nationality = null);

    public static Built Build(int perType, int seed)
    {
        var random = new Random(seed);
        var entries = new List<MatchableEntry>();
        var cases = new List<LabelledQuery>();
        void Add(string kind, int i, Identifier listed, string? nationality, IEnumerable<Form> forms)
        {
            var id = StableIds.Of($"identifier/{kind}/{i}");
            entries.Add(new MatchableEntry(id, 1, EntryKind.Person)
            {
                Names = [new ListedName($"{Words[random.Next(Words.Length)]} {kind} {i}", NameType.Primary)],
                Nationalities = nationality is null ? [] : [nationality],
                Identifiers = [listed],
            });
            foreach (var form in forms)
            {
                var traveller = new TravellerInput(Nationality: form.Nationality,
                    Identifiers: [new IdentifierInput(form.Type, form.Value, form.Platform)]);
                cases.Add(new LabelledQuery($"identifier/{kind}", traveller, form.Same ? id : null)
                {
                    SplitKey = id.ToString(),
                    Note = $"{listed.Type}:{listed.Value}:{listed.Platform}",
                    Eligible = candidate => candidate == id,
                });
            }
        }
        for (var i = 0; i < perType; i++)
        {
            var region = Regions[random.Next(Regions.Length)];
            var phone = Mobile(random, region);
            var other = Regions[random.Next(Regions.Length)];
            var listedNational = random.Next(3) == 0;
            var listed = listedNational ? Phones.Format(phone, PhoneNumberFormat.NATIONAL) : Phones.Format(phone, PhoneNumberFormat.E164);
            Add("phone", i, new Identifier(IdentifierType.Phone, listed), region, PhoneForms(phone, region, other, random));
            Add("email", i, Email(random, out var forms), null, forms);
            Add("website", i, Website(random, out forms), null, forms);
            Add("social", i, Social(random, out forms), null, forms);
        }
        return new Built(entries, cases);
    }

    private static IEnumerable<Form> PhoneForms(PhoneNumber phone, string region, string other, Random random)
    {
        var cc = phone.CountryCode.ToString(CultureInfo.InvariantCulture);
        var nsn = Phones.GetNationalSignificantNumber(phone);
        var near = Near(phone, random);
        var nearNsn = Phones.GetNationalSignificantNumber(near);
        var phoneType = S.IdentifierType.Phone;
        return
        [
            new(true, phoneType, Phones.Format(phone, PhoneNumberFormat.INTERNATIONAL), null, other),
            new(true, phoneType, $"00{cc}{nsn}", null, other),
            new(true, phoneType, $"{cc}{nsn}", null, other),
            new(true, phoneType, $"{cc} {nsn[..3]} {nsn[3..]}"),
            new(true, phoneType, Phones.Format(phone, PhoneNumberFormat.NATIONAL), null, region),
            new(true, phoneType, $"(+{cc}) {nsn[..3]}-{nsn[3..]}", null, other),
            new(true, S.IdentifierType.SocialHandle, $"https://wa.me/{cc}{nsn}"),
            new(false, phoneType, Phones.Format(near, PhoneNumberFormat.INTERNATIONAL), null, other),
            new(false, phoneType, $"{cc}{nearNsn}", null, other),
            new(false, phoneType, Phones.Format(near, PhoneNumberFormat.NATIONAL), null, region),
            new(false, S.IdentifierType.SocialHandle, $"https://wa.me/{cc}{nearNsn}"),
        ];
    }

    private static Identifier Email(Random random, out Form[] forms)
    {
        var first = Words[random.Next(Words.Length)];
        var last = Words[random.Next(Words.Length)] + random.Next(100);
        var local = $"{first}.{last}";
        var email = S.IdentifierType.Email;
        if (random.Next(2) == 0)
        {
            forms =
            [
                new(true, email, $"{first}{last}@gmail.com"),
                new(true, email, $"{local}+{Words[random.Next(Words.Length)]}@gmail.com"),
                new(true, email, $"{local}@googlemail.com"),
                new(true, email, $"{first[0]}.{first[1..]}.{last}@GMail.com"),
                new(true, email, $"{local.ToUpperInvariant()}@gmail.com"),
                new(false, email, $"{first}.{last}1@gmail.com"),
                new(false, email, $"{local}@yahoo.com"),
                new(false, email, $"{last}.{first}@gmail.com"),
            ];
            return new Identifier(IdentifierType.Email, $"{local}@gmail.com");
        }
        var provider = (string[])["yahoo.com", "outlook.com", "mail.ru", "hotmail.com", "qq.com", "vnn.vn"];
        var domain = provider[random.Next(provider.Length)];
        forms =
        [
            new(true, email, $"{local}@{domain.ToUpperInvariant()}"),
            new(true, email, $" {local.ToUpperInvariant()}@{domain} "),
            new(false, email, $"{first}{last}@{domain}"),
            new(false, email, $"{local}+x@{domain}"),
            new(false, email, $"{local}@gmail.com"),
        ];
        return new Identifier(IdentifierType.Email, $"{local}@{domain}");
    }

    private static Identifier Website(Random random, out Form[] forms)
    {
        var label = $"{Words[random.Next(Words.Length)]}{Words[random.Next(Words.Length)]}{random.Next(10)}";
        var suffixes = (string[])["com", "com.vn", "vn", "co.uk", "net", "org", "co.th", "com.kh", "ru"];
        var suffix = suffixes[random.Next(suffixes.Length)];
        var domain = $"{label}.{suffix}";
        var site = S.IdentifierType.Website;
        var otherSuffix = suffixes.First(s => s != suffix && (s.Contains('.') != suffix.Contains('.') || s.Length != suffix.Length));
        forms =
        [
            new(true, site, $"https://www.{domain}/contact?id={random.Next(1000)}"),
            new(true, site, $"http://{domain}/"),
            new(true, site, $"{domain}/tuyen-dung/index.html"),
            new(true, site, $"HTTPS://{domain.ToUpperInvariant()}"),
            new(true, site, $"https://shop.{domain}/#top"),
            new(false, site, $"{label}.{otherSuffix}"),
            new(false, site, $"https://www.{label}x.{suffix}/"),
            new(false, site, $"https://www.{label}.{suffix}.{(suffix == "ru" ? "net" : "ru")}/"),
        ];
        return new Identifier(IdentifierType.Website, random.Next(2) == 0 ? domain : $"https://www.{domain}/");
    }

    private static Identifier Social(Random random, out Form[] forms)
    {
        var handle = $"{Words[random.Next(Words.Length)]}.{Words[random.Next(Words.Length)]}.{random.Next(1000)}";
        var social = S.IdentifierType.SocialHandle;
        switch (random.Next(4))
        {
            case 0:
                forms =
                [
                    new(true, social, $"fb.com/{handle}"),
                    new(true, social, $"https://m.facebook.com/{handle}/?ref=bookmarks"),
                    new(true, social, $"@{handle}", "Facebook"),
                    new(true, social, $"https://www.facebook.com/{handle.ToUpperInvariant()}"),
                    new(false, social, $"https://www.facebook.com/{handle}9"),
                    new(false, social, $"https://www.facebook.com/groups/{handle}x"),
                ];
                return new Identifier(IdentifierType.SocialHandle, $"https://www.facebook.com/{handle}");
            case 1:
                var id = $"1000{random.NextInt64(10_000_000_000L, 99_999_999_999L)}";
                var nearId = id[..^1] + (char)('0' + (id[^1] - '0' + 1) % 10);
                forms =
                [
                    new(true, social, $"facebook.com/{id}"),
                    new(true, social, $"https://m.facebook.com/profile.php?id={id}&ref=content_filter"),
                    new(true, social, $"https://www.facebook.com/people/{handle}/{id}/"),
                    new(true, social, id, "facebook"),
                    new(false, social, $"https://www.facebook.com/profile.php?id={nearId}"),
                ];
                return new Identifier(IdentifierType.SocialHandle, $"https://www.facebook.com/profile.php?id={id}");
            case 2:
                var tg = handle.Replace('.', '_');
                forms =
                [
                    new(true, social, $"https://t.me/{tg}"),
                    new(true, social, $"telegram.me/{tg}"),
                    new(true, social, $"tg://resolve?domain={tg}"),
                    new(true, social, $"@{tg.ToUpperInvariant()}", "Telegram"),
                    new(false, social, $"https://t.me/{tg}x"),
                    new(false, social, $"https://t.me/{tg[..^1]}"),
                ];
                return new Identifier(IdentifierType.SocialHandle, $"@{tg}", "telegram");
            default:
                var phone = Mobile(random, "VN");
                var nsn = Phones.GetNationalSignificantNumber(phone);
                var near = Phones.GetNationalSignificantNumber(Near(phone, random));
                forms =
                [
                    new(true, social, $"https://zalo.me/84{nsn}"),
                    new(true, social, $"zalo.me/0{nsn}", null, "VN"),
                    new(true, social, $"+84 {nsn}", "Zalo"),
                    new(true, S.IdentifierType.Phone, $"0{nsn}", null, "VN"),
                    new(false, social, $"https://zalo.me/84{near}"),
                    new(false, social, $"0{near}", "zalo", "VN"),
                ];
                return new Identifier(IdentifierType.SocialHandle, $"0{nsn}", "zalo");
        }
    }

    /// <summary>A mobile number of the region: its example number with the last six digits made up.</summary>
    private static PhoneNumber Mobile(Random random, string region)
    {
        var example = Phones.GetExampleNumberForType(region, PhoneNumberType.MOBILE);
        var national = example.NationalNumber.ToString(CultureInfo.InvariantCulture);
        var digits = $"{national[..^6]}{random.Next(1_000_000):D6}";
        return Phones.Parse($"+{example.CountryCode}{digits}", region);
    }

    /// <summary>Another subscriber: one of the last six digits changed.</summary>
    private static PhoneNumber Near(PhoneNumber phone, Random random)
    {
        var digits = Phones.GetNationalSignificantNumber(phone).ToCharArray();
        var at = digits.Length - 1 - random.Next(6);
        digits[at] = (char)('0' + (digits[at] - '0' + 1 + random.Next(9)) % 10);
        return Phones.Parse($"+{phone.CountryCode}{new string(digits)}", "ZZ");
    }
}
