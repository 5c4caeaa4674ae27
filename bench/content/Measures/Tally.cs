namespace Watchlist.Bench.Content.Measures;

/// <summary>True and false positives and misses of one kind of item over the whole corpus.</summary>
public sealed class Tally
{
    public int Found { get; private set; }
    public int Wrong { get; private set; }
    public int Missed { get; private set; }
    public List<string> Examples { get; } = [];

    public double Precision => Found + Wrong == 0 ? 1 : (double)Found / (Found + Wrong);
    public double Recall => Found + Missed == 0 ? 1 : (double)Found / (Found + Missed);

    public void Add<T>(string postId, IEnumerable<T> labelled, IEnumerable<T> extracted)
    {
        var truth = labelled.ToHashSet();
        var got = extracted.ToHashSet();
        foreach (var item in got)
            if (truth.Contains(item)) Found++;
            else Note(postId, "wrong", item);
        foreach (var item in truth.Where(t => !got.Contains(t))) Note(postId, "missed", item);
        Wrong += got.Count(g => !truth.Contains(g));
        Missed += truth.Count(t => !got.Contains(t));
    }

    private void Note<T>(string postId, string what, T item)
    {
        if (Examples.Count < 5) Examples.Add($"{postId} {what} {item}");
    }
}
