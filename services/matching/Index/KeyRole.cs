namespace Watchlist.Matching;

internal enum KeyRole
{
    /// <summary>Always scanned: the rarest known token of a name, documents, identifiers.</summary>
    Anchor,

    /// <summary>Scanned when short enough, else only adds weight to candidates already found.</summary>
    Ordinary,

    /// <summary>Never finds candidates, only ranks them (birth year: shared by too many to mean anything alone).</summary>
    BoostOnly,
}
