namespace Watchlist.Matching;

/// <summary>The families of postings in the inverted index (name terms have their own, on the term).</summary>
internal enum KeyKind : byte
{
    CanonicalName = 1,
    JoinedName,
    PhoneticName,
    ConsonantName,
    OcrDocumentNumber,
    Phone,
    NationalPhone,
    Email,
    SocialHandle,
    Website,
    BirthYear,
    SyllableSpelling,
    Acronym,

    /// <summary>A romanised name part's <see cref="AbjadKey"/>: found by a name asked in Arabic script.</summary>
    AbjadOfRomanised,

    /// <summary>The <see cref="AbjadKey"/> of a part of a name written in Arabic script: found by a romanised name.</summary>
    AbjadOfArabic,
}
