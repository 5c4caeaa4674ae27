namespace Watchlist.Matching;

internal sealed class PreparedDocument
{
    public PreparedDocument(IdentityDocument document)
    {
        Type = document.Type?.Trim().ToUpperInvariant() ?? "";
        Number = DocumentNumber.Normalise(document.Number);
        OcrFolded = DocumentNumber.OcrFold(Number);
        Country = CountryCodes.ToAlpha2(document.Country);
    }

    public string Type { get; }

    public string Number { get; }

    public string OcrFolded { get; }

    public string? Country { get; }

    public bool IsFuzzyReadable => Number.Length >= DocumentNumber.MinFuzzyLength;

    public override string ToString() => Country is null ? $"{Type} {Number}" : $"{Type} {Number} ({Country})";
}
