using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Watchlist.Tests.Integration.Infrastructure;

/// <summary>
/// A service as its own operating-system process (the build's own DLL, run by <c>dotnet</c>), so that a test can kill it
/// outright (SIGKILL): no shutdown hooks, no draining, its connections dropped by the kernel, as when a pod is OOM-killed.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringWriter _output = new();

    private ServiceProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Everything the process wrote to standard output and standard error so far, line by line.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <param name="project">The project's folder under the repository, e.g. "services/notifications".</param>
    /// <param name="assembly">Its assembly name, e.g. "Watchlist.Notifications".</param>
    /// <param name="environment">The ASP.NET Core environment; outside Development the host needs its production settings.</param>
    /// <param name="address">Where to listen: a killed process's own address to restart it there; a free port when null.</param>
    public static async Task<ServiceProcess> StartAsync(string project, string assembly, IReadOnlyDictionary<string, string> settings,
        string environment = "Development", Uri? address = null)
    {
        // The configuration this test assembly was built in; building the tests built the services beside it.
        var configuration =
            AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var folder = RepositoryFiles.PathOf(Path.Combine(project, "bin", configuration, "net10.0"));
        var dll = Path.Combine(folder, assembly + ".dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"Build {project} first: {dll} is missing.");

        address ??= new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true
        };
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"dotnet {dll} did not start.");
        var service = new ServiceProcess(process, address);
        process.OutputDataReceived += (_, e) => { lock (service._output) service._output.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (service._output) service._output.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await service.WaitUntilReadyAsync();
        return service;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        // Four processes starting at once on two cores beside the other test lane took close to a minute in CI; readiness is
        // not what these tests time, so a slow start waits rather than fails.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) break;
            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        _process.Kill(entireProcessTree: true);
        string output;
        lock (_output) output = _output.ToString();
        throw new InvalidOperationException($"The service at {Address} did not become ready. Its output:\n{output}");
    }

    /// <summary>SIGKILL, and wait until the process is gone.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
