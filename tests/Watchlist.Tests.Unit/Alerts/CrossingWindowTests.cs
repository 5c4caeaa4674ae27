using Watchlist.Alerts.Retro;
using Watchlist.Contracts.Entries;
using Watchlist.Contracts.Screening;
using Watchlist.Matching;
using Watchlist.Policy;

namespace Watchlist.Tests.Unit.Alerts;

/// <summary>
/// The in-memory crossing window: bounded by the window and the cap, and its index lookups find every crossing that the old
/// scan of the whole window (each crossing screened against the entry, as live) found.
/// </summary>
public sealed class CrossingWindowTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly ScreeningPolicy Policy = new(MatchThresholds.Default);

    private static readonly string[] Surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"];
    private static readonly string[] Middles = ["Văn", "Thị", "Đức", "Minh", "Hữu", "Quang", "Ngọc", "Thanh"];
    private static readonly string[] Givens = ["Anh", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Khánh", "Lan", "Linh", "Long", "Mai",
        "Nam", "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Việt", "Yến"];
    private static readonly string[] Arabic = ["Mohammed", "Muhammad", "Ahmed", "Ali", "Hassan", "Hussein", "Omar", "Abdullah", "Ibrahim",
        "Khalid", "Yusuf", "Mustafa", "Karim", "Rashid", "Said", "Tariq"];
    private static readonly string[] Western = ["John", "Smith", "Maria", "Garcia", "Peter", "Müller", "Anna", "Kowalski", "James", "Brown",
        "Olga", "Ivanova", "Jean", "Dupont", "Lucas", "Silva"];

    private static Crossing CrossingOf(TravellerSnapshot traveller, DateTimeOffset at, long position = 10, string? agency = "VN-MPS") =>
        new(Guid.NewGuid(), at, null, traveller, new ScreeningContextSnapshot("VN-TSN", "ENTRY", null), "officer", agency, [], position);

    private static TravellerSnapshot Traveller(string name, string? born = null, string? passport = null, string? phone = null,
        string? nationality = "VNM") =>
        new([name], born, null, nationality, passport is null ? [] : [new TravellerDocument("PASSPORT", passport, "VNM")],
            phone is null ? [] : [new TravellerIdentifier("PHONE", phone, null)]);

    private static EntrySnapshot Entry(string name, string? alias = null, string? born = null, string? passport = null,
        string? phone = null) =>
        new(Guid.NewGuid(), 1, "ACTIVE", "PERSON", alias is null ? [new(name, "PRIMARY")] : [new(name, "PRIMARY"), new(alias, "ALIAS")],
            born is null ? [] : [born], null, ["VN"], passport is null ? [] : [new DocumentSnapshot("PASSPORT", passport, "VN", null)],
            phone is null ? [] : [new IdentifierSnapshot("PHONE", phone, null)], ["wanted"], "WANTED", "SPECIFIC_CHECK", "MEDIUM",
            "VN-MPS", ["*"], null, null, "manual", null, null);

    [Fact]
    public void Crossings_older_than_the_window_are_not_held_and_leave_as_they_age()
    {
        var window = new CrossingWindow(new RetroSettings(TimeSpan.FromHours(1)));
        var old = CrossingOf(Traveller("Kovabi Lemoru"), Now.AddHours(-2));
        var recent = CrossingOf(Traveller("Kovabi Lemoru"), Now.AddMinutes(-30));
        Assert.Equal(1, window.AddMany([old, recent, recent], Now));
        Assert.False(window.Contains(old.Id));
        var entry = Entry("Kovabi Lemoru");
        Assert.Equal([recent.Id], window.CandidatesOf(entry).Select(c => c.Id));

        window.Expire(Now.AddMinutes(31));
        Assert.Equal(0, window.Count);
        Assert.Empty(window.CandidatesOf(entry));
        Assert.Equal(0, window.DroppedEarly);
    }

    [Fact]
    public void Beyond_the_cap_the_oldest_crossings_leave_early_and_are_counted()
    {
        var window = new CrossingWindow(new RetroSettings(TimeSpan.FromHours(1), MaxCrossings: 100));
        var crossings = Enumerable.Range(0, 150).Select(i => CrossingOf(Traveller($"Kovabi Lemoru {i}"), Now.AddMinutes(-50).AddSeconds(i)))
            .ToList();
        window.AddMany(crossings, Now);
        Assert.Equal(100, window.Count);
        Assert.Equal(50, window.DroppedEarly);
        Assert.All(crossings.Take(50), c => Assert.False(window.Contains(c.Id)));
        Assert.All(crossings.Skip(50), c => Assert.True(window.Contains(c.Id)));
    }

    [Fact]
    public void Churn_rebuilds_the_index_so_memory_follows_the_window_not_the_history()
    {
        var window = new CrossingWindow(new RetroSettings(TimeSpan.FromHours(1), MaxCrossings: 1_000));
        var random = new Random(3);
        for (var round = 0; round < 20; round++)
            window.AddMany(Enumerable.Range(0, 1_000).Select(_ => CrossingOf(Traveller(RandomName(random)), Now.AddMinutes(-10))).ToList(),
                Now);
        Assert.Equal(1_000, window.Count);
        Assert.True(window.Slots <= 2 * window.Count + 4_096 + 1_000, $"{window.Slots} slots for {window.Count} crossings");
        var last = CrossingOf(Traveller("Zebulo Quarantine"), Now);
        window.AddMany([last], Now);
        Assert.Contains(last.Id, window.CandidatesOf(Entry("Zebulo Quarantine")).Select(c => c.Id));
    }

    [Fact]
    public void The_mark_tells_which_crossings_joined_after_it()
    {
        var window = new CrossingWindow(new RetroSettings(TimeSpan.FromHours(1)));
        var first = CrossingOf(Traveller("Kovabi Lemoru"), Now.AddMinutes(-5));
        window.AddMany([first], Now);
        var mark = window.Mark;
        var second = CrossingOf(Traveller("Kovabi Lemoru"), Now.AddMinutes(-1));
        window.AddMany([first, second], Now);
        Assert.Equal([second.Id], window.AddedAfter(mark).Select(c => c.Id));
        Assert.Empty(window.AddedAfter(window.Mark));
    }

    /// <summary>
    /// The old scan screened every crossing of the window against the entry; the window screens only the candidates its index
    /// returns. Over a population of look-alikes (typos, diacritics dropped, order swapped, MRZ form, middle names dropped,
    /// equivalent spellings, document or phone only) both find exactly the same pairs.
    /// </summary>
    [Fact]
    public void Index_lookups_find_every_pair_the_scan_of_the_whole_window_finds()
    {
        var random = new Random(11);
        var entries = Enumerable.Range(0, 80).Select(i => RandomEntry(random, i)).ToList();
        var travellers = new List<TravellerSnapshot>();
        foreach (var entry in entries)
            for (var v = 0; v < 12; v++) travellers.Add(Variant(random, entry, v));
        for (var i = 0; i < 3_000; i++) travellers.Add(Traveller(RandomName(random), $"{1950 + random.Next(50)}"));
        var crossings = travellers.Select(t => CrossingOf(t, Now.AddMinutes(-random.Next(60)))).ToList();
        var window = new CrossingWindow(new RetroSettings(TimeSpan.FromHours(2)));
        window.AddMany(crossings, Now);

        var scanned = new HashSet<(Guid, Guid)>();
        var looked = new HashSet<(Guid, Guid)>();
        foreach (var entry in entries)
        {
            var index = RetroScreening.IndexOf(entry);
            foreach (var c in crossings.Where(c => RetroScreening.Match(Policy, index, c) is not null))
                scanned.Add((entry.Id, c.Id));
            foreach (var c in window.CandidatesOf(entry).Where(c => RetroScreening.Match(Policy, index, c) is not null))
                looked.Add((entry.Id, c.Id));
        }
        Assert.True(scanned.Count > 400, $"the population must hold many hits to mean anything, not {scanned.Count}");
        Assert.Equal(scanned.Order(), looked.Order());
    }

    private static string RandomName(Random random) => random.Next(3) switch
    {
        0 => $"{Pick(random, Surnames)} {Pick(random, Middles)} {Pick(random, Givens)}",
        1 => $"{Pick(random, Arabic)} {Pick(random, Arabic)} {Pick(random, Arabic)}",
        _ => $"{Pick(random, Western)} {Pick(random, Western)}",
    };

    private static EntrySnapshot RandomEntry(Random random, int i) =>
        Entry(RandomName(random), random.Next(3) == 0 ? RandomName(random) : null,
            $"{1950 + random.Next(50)}-0{1 + random.Next(9)}-1{random.Next(9)}", $"B{i:D7}", random.Next(4) == 0 ? $"+8490{i:D7}" : null);

    private static TravellerSnapshot Variant(Random random, EntrySnapshot entry, int kind)
    {
        var name = entry.Names[random.Next(entry.Names.Count)].Value;
        var tokens = name.Split(' ');
        var born = entry.BirthDates[0];
        return kind switch
        {
            0 => Traveller(name.ToUpperInvariant(), born),
            1 => Traveller(Plain(name), born[..4]),
            2 => Traveller(string.Join(' ', tokens.Reverse())),
            3 => Traveller(
                $"{Plain(tokens[0]).ToUpperInvariant()}<<{string.Join('<', tokens.Skip(1).Select(t => Plain(t).ToUpperInvariant()))}"),
            4 => Traveller(Typo(random, Plain(name)), born),
            5 => Traveller($"{tokens[0]} {tokens[^1]}", born),
            6 => Traveller("Someone Unrelated", passport: entry.Documents[0].Number),
            7 => Traveller(Typo(random, Plain(name))),
            8 => entry.Identifiers.Count > 0 ? Traveller("Other Person", phone: "0" + entry.Identifiers[0].Value[3..])
                : Traveller(Plain(name) + " Jr"),
            9 => Traveller(string.Join(' ', tokens.Select(t => Plain(t) + (random.Next(2) == 0 ? "h" : ""))), born),
            10 => Traveller(name.Replace("Mohammed", "Muhammad").Replace("Huỳnh", "Hoàng"), born),
            _ => Traveller(string.Concat(tokens.Take(2)) + " " + string.Join(' ', tokens.Skip(2)), born),
        };
    }

    private static string Typo(Random random, string name)
    {
        var at = random.Next(name.Length);
        return name[at] == ' ' ? name : name.Remove(at, 1).Insert(at, "aeiouxk"[random.Next(7)].ToString());
    }

    private static string Plain(string text) => new(text.Normalize(System.Text.NormalizationForm.FormD)
        .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
        .Select(c => c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c).ToArray());

    private static string Pick(Random random, string[] pool) => pool[random.Next(pool.Length)];
}
