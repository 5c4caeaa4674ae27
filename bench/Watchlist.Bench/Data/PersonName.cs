namespace Watchlist.Bench.Data;

/// <summary>A generated name, its parts kept apart so that list and passport forms can be written.</summary>
public sealed record PersonName(string Surname, IReadOnlyList<string> GivenNames, Culture Culture)
{
    /// <summary>As the person writes it: "Nguyễn Văn Hùng", "John Robert Smith".</summary>
    public string Natural => Culture.SurnameFirst
        ? $"{Surname} {string.Join(' ', GivenNames)}"
        : $"{string.Join(' ', GivenNames)} {Surname}";

    /// <summary>As sanctions lists write it: "NGUYEN, Van Hung".</summary>
    public string Listed => $"{Surname.ToUpperInvariant()}, {string.Join(' ', GivenNames)}";
}
