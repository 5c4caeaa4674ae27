using System.Diagnostics;
using System.Text.Json;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Notifications;

/// <summary>
/// Runs tests/graphql-ws-client (the reference client graphql-ws on node) and collects the JSON lines it prints.
/// Installs its packages from the committed lock file first when node_modules is missing. A machine without node
/// fails these tests, loudly, rather than skipping them.
/// </summary>
public sealed class ReferenceClient
{
    private static readonly SemaphoreSlim Install = new(1, 1);
    private static string Folder => RepositoryFiles.PathOf("tests/graphql-ws-client");

    private readonly Process _process;
    private readonly List<JsonElement> _lines = [];
    private readonly SemaphoreSlim _arrived = new(0);

    private ReferenceClient(Process process) => _process = process;

    public static async Task<ReferenceClient> StartAsync(Uri gateway, string token, int count, object? filter = null)
    {
        await EnsureInstalledAsync();
        var url = new UriBuilder(gateway) { Scheme = "ws", Path = "/graphql" }.Uri.ToString();
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "client.mjs", url, token, count.ToString(), JsonSerializer.Serialize(filter ?? new { }) })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var client = new ReferenceClient(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (string.IsNullOrWhiteSpace(e.Data)) return;
            lock (client._lines) client._lines.Add(JsonDocument.Parse(e.Data).RootElement.Clone());
            client._arrived.Release();
        };
        process.BeginOutputReadLine();
        return client;
    }

    public List<JsonElement> Lines { get { lock (_lines) return [.. _lines]; } }

    /// <summary>Waits for the client to exit and returns its exit code (0: it saw what it wanted and closed normally).</summary>
    public async Task<int> ExitAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        try { await _process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"The reference client did not finish. It printed: {string.Join(" | ", Lines)} " +
                $"stderr: {await _process.StandardError.ReadToEndAsync()}");
        }
        _process.WaitForExit(); // flushes the asynchronous output readers
        return _process.ExitCode;
    }

    public async Task WaitForAsync(Func<JsonElement, bool> line, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!Lines.Any(line))
            if (!await _arrived.WaitAsync(deadline - DateTime.UtcNow > TimeSpan.Zero ? deadline - DateTime.UtcNow : TimeSpan.Zero))
                throw new TimeoutException($"The reference client never printed {what}: {string.Join(" | ", Lines)}");
    }

    private static async Task EnsureInstalledAsync()
    {
        await Install.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(Folder, "node_modules", "graphql-ws"))) return;
            var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund")
            {
                WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true
            })!;
            var stderr = npm.StandardError.ReadToEndAsync();
            await npm.StandardOutput.ReadToEndAsync();
            await npm.WaitForExitAsync();
            Assert.True(npm.ExitCode == 0, $"npm ci in {Folder} failed: {await stderr}");
        }
        finally
        {
            Install.Release();
        }
    }
}
