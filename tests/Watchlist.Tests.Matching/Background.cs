using Watchlist.Matching;

namespace Watchlist.Tests.Matching;

/// <summary>
/// A fixed crowd of listed people, heavy on common Vietnamese and Arabic name parts, so the
/// index's own token frequencies look like a real list's. Deterministic: same seed, same crowd.
/// </summary>
internal static class Background
{
    public static readonly string[] VietnameseSurnames =
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];

    public static readonly string[] VietnameseMiddleNames = ["Văn", "Thị", "Đức", "Minh", "Hữu", "Quang", "Ngọc", "Thanh", "Xuân"];

    public static readonly string[] VietnameseGivenNames =
        ["Anh", "Tuấn", "Dũng", "Linh", "Hương", "Hoa", "Nam", "Long", "Hải", "Sơn", "Thu", "Mai", "Trang", "Phương",
         "Thảo", "Hiếu", "Trung", "Cường", "Bình", "Tâm", "Thủy", "Hà", "Vinh", "Huy", "Khánh", "Quốc", "Tài", "Phúc"];

    public static readonly string[] ArabicNames =
        ["Muhammad", "Ahmad", "Ali", "Hasan", "Husayn", "Umar", "Ibrahim", "Khalid", "Mahmud", "Abdullah", "Tariq", "Faisal"];

    public static readonly string[] OtherNames =
        ["John Smith", "Maria Garcia", "Ivan Petrov", "Wang Wei", "Kim Min-jun", "Aleksandr Volkov", "Juan Lopez",
         "David Brown", "Michael Johnson", "Olga Ivanova", "Chen Jie", "Rahul Singh", "Fatima Khan"];

    public static readonly MatchableEntry[] Entries = Build();

    private static MatchableEntry[] Build()
    {
        var random = new Random(20240917);
        var entries = new List<MatchableEntry>();
        for (var i = 0; i < 300; i++)
        {
            var name = $"{Pick(random, VietnameseSurnames)} {Pick(random, VietnameseMiddleNames)} {Pick(random, VietnameseGivenNames)}";
            entries.Add(Listing.Person(
                name, $"{1950 + random.Next(50)}-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}", nationality: "VN"));
        }
        for (var i = 0; i < 100; i++)
        {
            var name = $"{Pick(random, ArabicNames)} {Pick(random, ArabicNames)} {Pick(random, ArabicNames)}";
            entries.Add(Listing.Person(name, $"{1950 + random.Next(50)}"));
        }
        foreach (var name in OtherNames) entries.Add(Listing.Person(name));
        return [.. entries];
    }

    private static string Pick(Random random, string[] names) => names[random.Next(names.Length)];
}
