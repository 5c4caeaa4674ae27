namespace Watchlist.Matching.Text;

/// <summary>
/// The screening engine's name folding, for other parts of the system that must read names the
/// same way (e.g. searching the entry list): "Nguyễn Văn Hùng" → "nguyen van hung".
/// </summary>
public static class NameFolding
{
    public static string Fold(string? name) => string.Join(' ', NameFolder.Tokens(name));
}
