using System.Runtime.CompilerServices;

namespace Watchlist.Tests.Console.Browser;

/// <summary>
/// The hosts of this test assembly watch their configuration files by polling, not inotify: ./test.sh runs the test
/// assemblies side by side, and every host's watcher would otherwise take one of the user's 128 inotify instances,
/// which the integration tests' many hosts already come close to.
/// </summary>
internal static class FileWatching
{
    [ModuleInitializer]
    internal static void PollInsteadOfInotify() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
}
