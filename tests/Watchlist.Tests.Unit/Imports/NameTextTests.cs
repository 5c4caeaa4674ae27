using Watchlist.WatchlistService.Imports.Parsing;

namespace Watchlist.Tests.Unit.Imports;

public sealed class NameTextTests
{
    [Theory]
    [InlineData("NGUYEN, Van Hung", "Van Hung NGUYEN")]
    [InlineData("AL ZAWAHIRI, Dr. Ayman", "Dr. Ayman AL ZAWAHIRI")]
    [InlineData("DELOS REYES, Feliciano Semborio, Jr.", "Feliciano Semborio DELOS REYES Jr.")]
    [InlineData("ABU ZUBAYDAH", "ABU ZUBAYDAH")]
    [InlineData("ANGULO OROBIO (SEGUNDO), Jose Francisco", "Jose Francisco ANGULO OROBIO (SEGUNDO)")]
    public void Puts_OFAC_person_names_in_natural_order(string listed, string natural) =>
        Assert.Equal(natural, NameText.NaturalOrder(listed));

    [Theory]
    [InlineData("  FRANK\n   KAKORERE ", "FRANK KAKORERE")]
    [InlineData("\"HASSAN, Sheikh\"", "HASSAN, Sheikh")]
    [InlineData(") Abdelrahman Zafir", "Abdelrahman Zafir")]
    [InlineData("ISLAMIC JIHAD UNION (IJU)", "ISLAMIC JIHAD UNION (IJU)")]
    public void Cleans_without_changing_the_name(string raw, string clean) =>
        Assert.Equal(clean, NameText.Clean(raw));

    [Theory]
    [InlineData("Azim Adhajani; Azim Agha-Jani", "Azim Adhajani|Azim Agha-Jani")]
    [InlineData("Mohammed Sabet; Mohammad Sabet b) M. Javad Sabet", "Mohammed Sabet|Mohammad Sabet|M. Javad Sabet")]
    [InlineData("Jin Tiesan (金铁三)", "Jin Tiesan|金铁三")]
    [InlineData("Amir Khazmat (original script: Амир Хазмат)", "Amir Khazmat|Амир Хазмат")]
    [InlineData("حسن غول (Hassan Ghul; Hasan Gul)", "حسن غول|Hassan Ghul|Hasan Gul")]
    [InlineData("Encep Nurjaman (birth name)", "Encep Nurjaman")]
    [InlineData("(Sheikh) Musa Hilal", "Musa Hilal")]
    [InlineData("Safia Farkash Al-Hadad, born 1 Jan. 1953 (Oman passport no.03825239", "Safia Farkash Al-Hadad")]
    [InlineData("Mohammad Ishaq Akhund born in 1963", "Mohammad Ishaq Akhund")]
    [InlineData("أنصار الشريعة بليبيا (Ansar al Charia in Libya (ASL))", "أنصار الشريعة بليبيا|Ansar al Charia in Libya")]
    [InlineData("Hay’at Tahrir al-Sham (HTS) (هيئة تحرير الشام (original script); Hayat Tahrir al-Sham; Tahrir al-Sham Hay’at)",
        "Hay’at Tahrir al-Sham|هيئة تحرير الشام|Hayat Tahrir al-Sham|Tahrir al-Sham Hay’at")]
    [InlineData("華信船務(香港)有限公司", "華信船務(香港)有限公司")]
    [InlineData("", "")]
    public void Splits_UN_aliases_into_names(string raw, string names) =>
        Assert.Equal(names.Split('|', StringSplitOptions.RemoveEmptyEntries), NameText.SplitAliases(raw));
}
