using System.Diagnostics;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Operations;

/// <summary>
/// Runs the repository's own operator scripts (<c>scripts/*.sh</c>, what <c>./run.sh backup</c> and its siblings run) as an
/// operator would. A script that fails, or a tool it needs that is missing, fails the test with everything the script wrote.
/// </summary>
public static class RepositoryScripts
{
    public static async Task<string> RunAsync(string script, IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash", [RepositoryFiles.PathOf($"scripts/{script}"), .. arguments])
        {
            WorkingDirectory = RepositoryFiles.Root, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"bash scripts/{script} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"scripts/{script} did not finish in 5 minutes.");
        }
        var all = await output + await error;
        if (process.ExitCode != 0) throw new InvalidOperationException($"scripts/{script} failed ({process.ExitCode}):\n{all}");
        return all;
    }

    /// <summary>A command such as <c>rabbitmqctl</c>, its standard output on success.</summary>
    public static async Task<string> ToolAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["RABBITMQ_NODENAME"] =
            Environment.GetEnvironmentVariable("RABBITMQ_NODENAME") is { Length: > 0 } node ? node : "rabbit@localhost";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{tool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        return await output;
    }
}
