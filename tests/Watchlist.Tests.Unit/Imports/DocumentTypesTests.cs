using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Imports.Parsing;

namespace Watchlist.Tests.Unit.Imports;

public sealed class DocumentTypesTests
{
    [Theory]
    [InlineData("Passport", null, DocumentType.Passport)]
    [InlineData("Numéro de passeport", null, DocumentType.Passport)]
    [InlineData("National Identification Number", null, DocumentType.NationalId)]
    [InlineData("National Identification Number", "national passport", DocumentType.Passport)]
    [InlineData("National Identification Number", "Birth certificate", DocumentType.Other)]
    [InlineData("National Identification Number", "Afghan national identification card (tazkira) number", DocumentType.NationalId)]
    [InlineData("Passport", "number:", DocumentType.Passport)]
    [InlineData("Laissez-passer", null, DocumentType.Passport)]
    [InlineData("Something new", null, DocumentType.Other)]
    public void Classifies_UN_document_types(string type, string? detail, DocumentType expected) =>
        Assert.Equal(expected, DocumentTypes.Un(type, detail));

    [Theory]
    [InlineData("OB 0243318", "OB 0243318", null)]
    [InlineData("PS 472330208", "PS 472330208", null)]
    [InlineData("Libyan passport No. 513519", "513519", null)]
    [InlineData("381110042 (Expired 25 Jan. 2016)", "381110042", null)]
    [InlineData("R00012098, South Sudan", "R00012098", "South Sudan")]
    [InlineData("Libya 428720", "428720", "Libya")]
    [InlineData("German travel document (“Reiseausweis”) A 0139243", "A 0139243", null)]
    [InlineData("Diplomatic Passport: Z30321794", "Z30321794", null)]
    [InlineData("Laissez-passer no. N°235/MISPAT", "235/MISPAT", null)]
    public void Takes_the_number_out_of_UN_text(string raw, string number, string? country) =>
        Assert.Equal((number, country), UnDocumentNumbers.Split(raw));
}
