using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Watchlist.Bench.Retro;

/// <summary>A service's Release build run as its own process on a free port, with the bench's settings; killed on dispose.</summary>
public sealed class Host(Process process, Uri address, string name) : IAsyncDisposable
{
    private static readonly List<Process> Started = [];

    static Host()
    {
        // A bench that fails half-way must not leave hosts behind, consuming from its queues.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        AppDomain.CurrentDomain.UnhandledException += (_, _) => KillAll();
    }

    private static void KillAll()
    {
        lock (Started)
            foreach (var p in Started)
                try { p.Kill(entireProcessTree: true); }
                catch (InvalidOperationException) { } // already gone (disposed or exited)
    }

    public Uri Address { get; } = address;

    public static async Task<Host> StartAsync(string root, string project, string assembly, IDictionary<string, string> settings,
        string readyPath = "/health/ready", int port = 0)
    {
        var folder = Path.Combine(root, project, "bin", "Release", "net10.0");
        var address = new Uri($"http://127.0.0.1:{(port > 0 ? port : FreePort())}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, assembly + ".dll")])
        {
            WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // BENCH_TRACE=<a logging category> prints that category's information lines too (e.g. Watchlist.Alerts.Retro).
        var trace = Environment.GetEnvironmentVariable("BENCH_TRACE");
        if (trace is { Length: > 0 }) start.Environment[$"Logging__LogLevel__{trace}"] = "Information";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{assembly} did not start");
        lock (Started) Started.Add(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("fail") == true || (trace is { Length: > 0 } && e.Data?.Contains(trace) == true))
                Console.Error.WriteLine($"[{assembly}] {e.Data}");
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) Console.Error.WriteLine($"[{assembly}] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new Host(process, address, assembly);
        await host.ReadyAsync(TimeSpan.FromMinutes(10), readyPath);
        return host;
    }

    /// <summary>Until /health/ready answers 200: for the alerts host, that includes its crossing window loaded.</summary>
    public async Task ReadyAsync(TimeSpan timeout, string path)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"{name} exited with {process.ExitCode}");
            try
            {
                if ((await http.GetAsync(path)).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{name} not ready within {timeout}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
