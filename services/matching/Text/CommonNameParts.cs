namespace Watchlist.Matching;

/// <summary>
/// How often name parts occur per <see cref="Population"/> people, as a prior for token rarity.
/// It keeps a small or young index from treating Nguyen or Muhammad as rare just because
/// few entries carry them yet; in a large index the observed frequencies dominate.
/// </summary>
internal static class CommonNameParts
{
    public const int Population = 10_000;

    private static readonly Dictionary<string, int> Frequency = new(StringComparer.Ordinal)
    {
        // Vietnamese surnames, middle names, given names
        ["nguyen"] = 3000, ["tran"] = 1100, ["le"] = 950, ["pham"] = 700, ["hoang"] = 500, ["vu"] = 400,
        ["phan"] = 300, ["dang"] = 200, ["bui"] = 200, ["do"] = 150, ["ho"] = 130, ["ngo"] = 130,
        ["duong"] = 100, ["ly"] = 50, ["van"] = 2500, ["thi"] = 2500, ["duc"] = 300, ["minh"] = 400,
        ["huu"] = 200, ["quang"] = 250, ["xuan"] = 150, ["ngoc"] = 300, ["thanh"] = 400, ["hung"] = 300,
        ["anh"] = 500, ["tuan"] = 250, ["dung"] = 250, ["linh"] = 250, ["lan"] = 200, ["huong"] = 250,
        ["hoa"] = 200, ["nam"] = 250, ["long"] = 150, ["hai"] = 200, ["son"] = 200, ["thu"] = 200,
        ["mai"] = 200, ["trang"] = 150, ["phuong"] = 200, ["hang"] = 200, ["thao"] = 150, ["hieu"] = 150,
        ["trung"] = 200, ["cuong"] = 200, ["binh"] = 150, ["tam"] = 150, ["tan"] = 100, ["thuy"] = 200,
        ["ha"] = 200, ["vinh"] = 100, ["dao"] = 80, ["huy"] = 200, ["khanh"] = 150, ["quoc"] = 150,
        // Arabic name parts and particles
        ["muhammad"] = 1500, ["ali"] = 700, ["ahmad"] = 600, ["abd"] = 800, ["al"] = 1500, ["el"] = 400,
        ["bin"] = 600, ["ibn"] = 200, ["bint"] = 100, ["abu"] = 500, ["hasan"] = 400, ["husayn"] = 400,
        ["mahmud"] = 250, ["umar"] = 250, ["abdullah"] = 350, ["ibrahim"] = 250, ["khalid"] = 200,
        ["yusuf"] = 250, ["said"] = 200, ["mustafa"] = 200, ["rahman"] = 300,
        // Chinese, Korean
        ["wang"] = 500, ["li"] = 500, ["zhang"] = 500, ["liu"] = 400, ["chen"] = 400, ["yang"] = 300,
        ["huang"] = 250, ["zhao"] = 250, ["wu"] = 250, ["zhou"] = 250, ["kim"] = 500, ["park"] = 200, ["lee"] = 300,
        // South Asian
        ["khan"] = 500, ["singh"] = 500, ["kumar"] = 400, ["shah"] = 200, ["begum"] = 200, ["bibi"] = 200,
        // European and Latin American
        ["john"] = 300, ["james"] = 250, ["michael"] = 300, ["david"] = 300, ["robert"] = 200, ["maria"] = 400,
        ["jose"] = 300, ["juan"] = 300, ["smith"] = 200, ["johnson"] = 150, ["williams"] = 150, ["brown"] = 150,
        ["garcia"] = 200, ["rodriguez"] = 150, ["martinez"] = 150, ["lopez"] = 150, ["gonzalez"] = 150,
        ["hernandez"] = 150, ["de"] = 600, ["la"] = 300, ["del"] = 200, ["von"] = 100, ["da"] = 300,
        ["dos"] = 200, ["di"] = 150, ["jean"] = 150, ["ivan"] = 150, ["aleksandr"] = 200, ["sergei"] = 150,
        ["vladimir"] = 150, ["ivanov"] = 100,
        // Spanish and Portuguese: the most frequent surnames and given names (national statistics' top lists), so a traveller
        // called "Miguel Santos" is not taken for rare because the sanctions lists hold few Santos.
        ["perez"] = 100, ["sanchez"] = 100, ["ramirez"] = 100, ["torres"] = 80, ["flores"] = 80, ["rivera"] = 80,
        ["gomez"] = 100, ["diaz"] = 100, ["reyes"] = 80, ["morales"] = 80, ["cruz"] = 80, ["ortiz"] = 60, ["gutierrez"] = 60,
        ["chavez"] = 60, ["ramos"] = 80, ["ruiz"] = 60, ["mendoza"] = 60, ["alvarez"] = 60, ["castillo"] = 60, ["jimenez"] = 60,
        ["moreno"] = 60, ["romero"] = 60, ["herrera"] = 60, ["medina"] = 60, ["aguilar"] = 60, ["vargas"] = 60, ["castro"] = 60,
        ["fernandez"] = 100, ["suarez"] = 60, ["santos"] = 100, ["silva"] = 100, ["franco"] = 40, ["santiago"] = 40,
        ["vazquez"] = 60, ["dominguez"] = 60, ["sousa"] = 60, ["pereira"] = 60, ["oliveira"] = 60, ["ferreira"] = 60,
        ["costa"] = 60, ["alves"] = 60, ["rodrigues"] = 60, ["luis"] = 200, ["carlos"] = 250, ["jorge"] = 150, ["miguel"] = 150,
        ["antonio"] = 200, ["manuel"] = 150, ["francisco"] = 150, ["javier"] = 100, ["pedro"] = 100, ["jesus"] = 100,
        ["rafael"] = 100, ["fernando"] = 100, ["alejandro"] = 80, ["ricardo"] = 80, ["eduardo"] = 80, ["roberto"] = 80,
        ["mario"] = 80, ["sergio"] = 60, ["pablo"] = 60, ["ana"] = 200, ["carmen"] = 100, ["rosa"] = 80, ["salvador"] = 40,
        ["gustavo"] = 40, ["raul"] = 60, ["oscar"] = 60, ["victor"] = 80, ["hector"] = 60, ["alberto"] = 80, ["enrique"] = 60,
        ["angel"] = 80,
    };

    /// <summary>Expected occurrences per <see cref="Population"/> people; 0 when not known to be common.</summary>
    public static int Of(string token, string? canonical) =>
        Frequency.TryGetValue(token, out var count) ? count
        : canonical is not null && Frequency.TryGetValue(canonical, out count) ? count
        : 0;
}
