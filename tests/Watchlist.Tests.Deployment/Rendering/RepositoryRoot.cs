namespace Watchlist.Tests.Deployment.Rendering;

/// <summary>The checkout under test: the nearest directory above the test binaries that holds Watchlist.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    public static string ReadText(string relative)
    {
        var file = Combine(relative);
        Assert.True(File.Exists(file), $"{relative} is missing from the repository.");
        return File.ReadAllText(file);
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Watchlist.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No Watchlist.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
