namespace Watchlist.Matching;

/// <summary>
/// How one candidate compared, feature by feature. A struct: every candidate gets one,
/// but only hits are explained. Negative feature scores mean "not compared".
/// </summary>
internal struct Assessment
{
    public double Score;
    public double Name;
    public int QueryName;
    public int ListedName;
    public double BirthDate;
    public int ListedBirthDate;
    public double Document;
    public int QueryDocument;
    public int ListedDocument;
    public double Identifier;
    public int QueryIdentifier;
    public int ListedIdentifier;

    /// <summary>+1 agree, −1 conflict, 0 not compared.</summary>
    public int Gender;

    /// <summary>+1 agree, −1 conflict, 0 not compared.</summary>
    public int Nationality;

    public static Assessment NotCompared => new() { Name = -1, BirthDate = -1, Document = -1, Identifier = -1 };
}
