using System.Diagnostics;

namespace Watchlist.Tests.Integration.Infrastructure;

/// <summary>
/// Restarts the local RabbitMQ broker (its application, as <c>rabbitmqctl stop_app</c> and <c>start_app</c> do): every
/// connection drops, and what was not durable is gone. Needs the broker that scripts/infra.sh runs; fails loudly otherwise.
/// </summary>
public static class Broker
{
    public static async Task RestartAsync(TimeSpan down)
    {
        await CtlAsync("stop_app");
        await Task.Delay(down);
        await CtlAsync("start_app");
        await CtlAsync("await_startup");
    }

    private static async Task CtlAsync(string command)
    {
        var start = new ProcessStartInfo("rabbitmqctl", ["-q", command]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["RABBITMQ_NODENAME"] =
            Environment.GetEnvironmentVariable("RABBITMQ_NODENAME") is { Length: > 0 } node ? node : "rabbit@localhost";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("rabbitmqctl did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"rabbitmqctl {command} failed ({process.ExitCode}): {await output}{await error}");
    }
}
