using Watchlist.WatchlistService.Content.Extraction;

namespace Watchlist.Bench.Content.Corpus;

/// <summary>One post of the corpus with what it names, written down by the generator as it wrote the text.</summary>
public sealed record LabelledPost(
    string Id, string Kind, string Language, string Region, string Text,
    List<string> Phones, List<string> Emails, List<ExtractedHandle> Handles, List<string> Websites,
    List<string> Organisations, List<string> Names);
