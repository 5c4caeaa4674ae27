using System.ComponentModel;
using System.Diagnostics;

namespace Watchlist.Tests.Deployment.Rendering;

/// <summary>Renders a kustomization with <c>kubectl kustomize</c>, which needs no cluster.</summary>
public static class Kustomize
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static string Render(string directory)
    {
        var start = new ProcessStartInfo("kubectl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("kustomize");
        start.ArgumentList.Add(directory);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("kubectl did not start.");
        }
        catch (Win32Exception e)
        {
            // Deliberately an error, not a skip: without kubectl not one manifest rule is checked.
            throw new InvalidOperationException(
                "kubectl is not on PATH. The deployment tests render k8s/ with `kubectl kustomize` " +
                "(no cluster needed); install kubectl 1.27 or later.", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"kubectl kustomize {directory} took longer than {Timeout}.");
            }
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"kubectl kustomize {directory} failed ({process.ExitCode}):\n{errors.Result}");
            return output.Result;
        }
    }
}
