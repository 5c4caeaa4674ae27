using PhoneNumbers;

namespace Watchlist.Bench.Content.Corpus;

/// <summary>Phone numbers, accounts, addresses and companies as brokers write them, each with its canonical label.</summary>
public sealed class Contacts(Random random)
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private static readonly string[] VietnamMobile = ["90", "91", "93", "94", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38",
        "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85", "86", "88", "89"];
    private static readonly string[] CambodiaMobile = ["96", "97", "92", "12", "17", "77", "78", "10", "15", "16", "69", "70", "81", "85",
        "86", "87", "88", "89", "93", "98", "11", "61", "67", "68", "71", "90", "99"];
    private static readonly string[] Syllables = ["viec", "nhe", "luong", "cao", "xkld", "nhat", "ban", "han", "quoc", "dai", "loan",
        "tuyen", "dung", "campuchia", "lao", "dong", "di", "lam", "ngay", "tot", "vip", "sai", "gon", "ha", "noi", "hung", "thinh",
        "phat", "an", "binh", "minh", "tam", "kim", "long", "viet", "asia", "job", "work", "kh", "pp"];
    private static readonly string[] Given = ["Lan", "Hương", "Tuấn", "Hùng", "Mai", "Linh", "Dũng", "Thảo", "Nam", "Trang", "Phương",
        "Quân", "Hà", "Vy", "Khoa"];
    private static readonly string[] Family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"];
    private static readonly string[] Middle = ["Văn", "Thị", "Minh", "Thanh", "Hữu", "Ngọc", "Đức"];
    private static readonly string[] CompanyWords = ["Hưng Thịnh", "Phát Đạt", "Á Châu", "Kim Long", "Sao Vàng", "Việt Nhật",
        "Thái Bình Dương", "Hoàng Gia", "Nhân Lực Quốc Tế", "Minh Phát", "Đại Dương Xanh", "Toàn Cầu"];
    private static readonly string[] EnglishCompany = ["Golden Star", "Sunrise Manpower", "Mekong Pacific", "Royal Asia", "Lucky Dragon",
        "Blue Ocean Trading", "Diamond Bay", "Grand Angkor", "Silver Lotus", "Pacific Bridge"];

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public int Next(int max) => random.Next(max);

    public int Next(int min, int max) => random.Next(min, max);

    public bool Chance(double p) => random.NextDouble() < p;

    /// <summary>A mobile number valid for its country, as its national significant number.</summary>
    public string Mobile(string country)
    {
        var (code, prefixes) = country == "KH" ? ("855", CambodiaMobile) : ("84", VietnamMobile);
        while (true)
        {
            var prefix = Pick(prefixes);
            var length = country == "KH" && prefix.Length == 2 && random.Next(2) == 0 ? 8 : 9;
            var nsn = prefix + string.Concat(Enumerable.Range(0, length - prefix.Length).Select(_ => (char)('0' + random.Next(10))));
            if (Util.IsValidNumber(Util.Parse("+" + code + nsn, "ZZ"))) return nsn;
        }
    }

    /// <summary>A Vietnamese mobile written as posts write it, read in region VN.</summary>
    public string WrittenVietnamese(string nsn) => random.Next(17) switch
    {
        13 => $"0{nsn[..3]}\u00A0{nsn[3..6]}\u00A0{nsn[6..]}",
        14 => string.Concat(("0" + nsn).Select(d => (char)('０' + (d - '0')))),
        15 => $"+84 (0) {nsn[..3]} {nsn[3..6]} {nsn[6..]}",
        16 => $"84 {nsn[..3]} {nsn[3..6]} {nsn[6..]}",
        0 => $"0{nsn[..3]}.{nsn[3..6]}.{nsn[6..]}",
        1 => $"0{nsn[..3]} {nsn[3..6]} {nsn[6..]}",
        2 => $"0{nsn}",
        3 => $"0{nsn[..1]} {nsn[1..3]} {nsn[3..5]} {nsn[5..7]} {nsn[7..]}",
        4 => $"+84 {nsn[..2]} {nsn[2..5]} {nsn[5..]}",
        5 => $"+84{nsn}",
        6 => $"(+84) {nsn[..3]}.{nsn[3..6]}.{nsn[6..]}",
        7 => $"0{nsn[..3]}-{nsn[3..6]}-{nsn[6..]}",
        8 => $"0084 {nsn[..3]} {nsn[3..6]} {nsn[6..]}",
        9 => Keycaps("0" + nsn),
        10 => $"0{nsn[..2]}.{nsn[2..6]}.{nsn[6..]}",
        11 => $"+84.{nsn[..3]}.{nsn[3..6]}.{nsn[6..]}",
        _ => $"0{nsn[..4]} {nsn[4..]}",
    };

    /// <summary>A Cambodian mobile, always international in a post read in region VN.</summary>
    public string WrittenCambodian(string nsn) => random.Next(4) switch
    {
        0 => $"+855 {nsn[..2]} {nsn[2..5]} {nsn[5..]}",
        1 => $"+855{nsn}",
        2 => $"(+855) {nsn[..2]}.{nsn[2..5]}.{nsn[5..]}",
        _ => $"+855-{nsn[..2]}-{nsn[2..]}",
    };

    public string Vanity(char separator, int parts) =>
        string.Join(separator, Enumerable.Range(0, parts).Select(_ => Pick(Syllables))) + (Chance(0.4) ? random.Next(10, 2030) : "");

    public string FacebookId() => "1000" + string.Concat(Enumerable.Range(0, 11).Select(_ => (char)('0' + random.Next(10))));

    public string Domain() => Pick((string[])["xkld-", "vieclam", "tuyendung-", "lamviec", ""]) + Vanity('-', 2)
        + Pick((string[])[".com", ".vn", ".com.vn", ".net", ".asia", ".info"]);

    public string PersonFull() => $"{Pick(Family)} {Pick(Middle)} {Pick(Given)}";

    public string GivenName() => Pick(Given);

    public string VietnameseCompany(bool capitals)
    {
        var form = Pick((string[])["Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV", "Cty TNHH"]);
        var name = (Chance(0.4) ? "XKLĐ " : Chance(0.3) ? "Thương Mại " : "") + Pick(CompanyWords);
        var full = $"{form} {name}";
        return capitals ? full.ToUpperInvariant() : full;
    }

    public string EnglishCompanyName() =>
        $"{Pick(EnglishCompany)} {Pick((string[])["Co., Ltd", "Co. Ltd", "Company Limited", "JSC", "LLC", "Pte Ltd"])}";

    public string RandomCase(string text) => random.Next(3) switch
    {
        0 => text.ToUpperInvariant(),
        1 => char.ToUpperInvariant(text[0]) + text[1..],
        _ => text,
    };

    private static string Keycaps(string digits) => string.Concat(digits.Select(d => $"{d}\uFE0F\u20E3"));
}
