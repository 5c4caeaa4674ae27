namespace Watchlist.Tests.Integration.Infrastructure;

/// <summary>Files of this repository (the public lists in data/), found from the test's output folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Watchlist.sln"))) return dir.FullName;
        throw new InvalidOperationException("Watchlist.sln not found above " + AppContext.BaseDirectory);
    }
}
