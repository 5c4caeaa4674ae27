using System.Text;
using Watchlist.WatchlistService.Content.Extraction;

namespace Watchlist.Bench.Content.Corpus;

/// <summary>Writes a post and its labels together, so that every label is an item the text really holds.</summary>
public sealed class Writer(string id, string kind, string language)
{
    private readonly StringBuilder _text = new();
    private readonly LabelledPost _post = new(id, kind, language, "VN", "", [], [], [], [], [], []);

    public Writer Add(string text)
    {
        _text.Append(text);
        return this;
    }

    public Writer Phone(string written, string e164) => Add(written).Label(_post.Phones, e164);

    public Writer Email(string written) => Add(written).Label(_post.Emails, written.ToLowerInvariant());

    public Writer Handle(string written, string platform, string value) =>
        Add(written).Label(_post.Handles, new ExtractedHandle(platform, value.ToLowerInvariant()));

    public Writer Website(string written, string normalised) => Add(written).Label(_post.Websites, normalised.ToLowerInvariant());

    public Writer Organisation(string written) => Add(written).Label(_post.Organisations, written);

    public Writer Name(string written) => Add(written).Label(_post.Names, written);

    public LabelledPost Post => _post with { Text = _text.ToString() };

    private Writer Label<T>(List<T> labels, T item)
    {
        if (!labels.Contains(item)) labels.Add(item);
        return this;
    }
}
