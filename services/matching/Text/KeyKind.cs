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
}
