namespace Watchlist.WebConsole;

/// <summary>The console's texts (Resources/Strings.resx, Strings.vi.resx), read through <c>IStringLocalizer&lt;Strings&gt;</c>.</summary>
public sealed class Strings;
