using System.Collections;
using System.Globalization;
using System.Resources;
using Watchlist.WebConsole;

namespace Watchlist.Tests.Console.Components;

public sealed class TranslationTests
{
    private static readonly ResourceManager Resources = new("Watchlist.WebConsole.Resources.Strings", typeof(Strings).Assembly);

    private static Dictionary<string, string> Texts(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Fact]
    public void Every_English_text_has_a_Vietnamese_one_with_the_same_placeholders_and_none_is_left_over()
    {
        var english = Texts(CultureInfo.InvariantCulture);
        var vietnamese = Texts(CultureInfo.GetCultureInfo("vi"));
        Assert.True(english.Count > 150, $"only {english.Count} English texts");
        Assert.Empty(english.Keys.Except(vietnamese.Keys));
        Assert.Empty(vietnamese.Keys.Except(english.Keys));
        foreach (var (key, text) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(vietnamese[key]), key);
            Assert.Equal(Placeholders(text), Placeholders(vietnamese[key]));
        }
    }

    private static string[] Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order()];
}
