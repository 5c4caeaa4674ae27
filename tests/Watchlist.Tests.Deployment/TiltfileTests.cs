using System.Text.RegularExpressions;
using k8s.Models;
using Watchlist.Tests.Deployment.Rendering;

namespace Watchlist.Tests.Deployment;

/// <summary>
/// tilt/Tiltfile read as text (no Tilt here): what it builds, deploys and forwards must exist in
/// the dev overlay, or Tilt would deploy images it never builds and forward to nothing.
/// </summary>
public sealed partial class TiltfileTests
{
    private static readonly string Tiltfile = RepositoryRoot.ReadText("tilt/Tiltfile");
    private static readonly Manifests Dev = Manifests.For(Manifests.Dev);

    [Fact]
    public void Builds_each_host_from_the_root_Dockerfile_with_its_project_and_assembly()
    {
        var hosts = HostEntry().Matches(Tiltfile).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToList();
        Assert.Equal(HostSpec.All.Select(h => (h.Name, h.Project, h.Assembly)).Order(), hosts.Order());

        var build = DockerBuild().Match(Tiltfile);
        Assert.True(build.Success, "No docker_build(<prefix> + name, context=..., dockerfile=...) in the Tiltfile.");
        Assert.Equal(RepositoryRoot.Path, FromTilt(build.Groups["context"].Value));
        Assert.Equal(RepositoryRoot.Combine("Dockerfile"), FromTilt(build.Groups["dockerfile"].Value));
        Assert.Contains("'PROJECT': project", Tiltfile);
        Assert.Contains("'APP': assembly", Tiltfile);

        // Tilt swaps in the images it builds by name: every host's image must be one of them.
        var prefix = build.Groups["prefix"].Value;
        foreach (var host in HostSpec.All)
        {
            var image = ImageReference.Parse(Dev.Deployment(host.Name).Spec.Template.Spec.Containers[0].Image);
            Assert.Equal(prefix + host.Name, image.Repository);
        }
    }

    [Fact]
    public void Sends_the_image_builds_everything_the_Dockerfile_copies()
    {
        var context = ContextList().Match(Tiltfile);
        Assert.True(context.Success, "No CONTEXT = [...] list in the Tiltfile.");
        Assert.Contains("only=CONTEXT", Tiltfile);
        var sent = Quoted().Matches(context.Groups[1].Value).Select(m => m.Groups[1].Value).ToList();

        foreach (var path in sent)
            Assert.True(File.Exists(RepositoryRoot.Combine(path)) || Directory.Exists(RepositoryRoot.Combine(path)),
                $"The Tiltfile sends {path}, which does not exist.");
        foreach (var copied in DockerfileTests.ContextSources(Dockerfile.Parse()))
            Assert.True(sent.Contains(copied.TrimEnd('/')), $"The Dockerfile copies {copied}, which Tilt does not send to the build.");
    }

    [Fact]
    public void Deploys_the_dev_overlay()
    {
        var overlay = Kustomization().Match(Tiltfile);
        Assert.True(overlay.Success, "The Tiltfile does not k8s_yaml(kustomize(...)).");
        Assert.Equal(RepositoryRoot.Combine("k8s/overlays/dev"), FromTilt(overlay.Groups[1].Value));
    }

    [Theory]
    [InlineData("gateway", 8080)]
    [InlineData("rabbitmq", 15672)]
    public void Forwards_a_port_the_workload_listens_on(string resource, int port)
    {
        var forward = Regex.Match(Tiltfile, $@"k8s_resource\('{resource}',\s*port_forwards=\['(\d+):(\d+)'\]");
        Assert.True(forward.Success, $"No port forward for {resource}.");
        Assert.Equal(port, int.Parse(forward.Groups[1].Value));
        Assert.Equal(port, int.Parse(forward.Groups[2].Value));

        var pods = Dev.PodTemplates.Where(t => t.Workload.EndsWith("/" + resource, StringComparison.Ordinal)).ToList();
        var template = Assert.Single(pods).Template;
        Assert.Contains(template.Spec.Containers.SelectMany(c => c.Ports), p => p.ContainerPort == port);
    }

    [Fact]
    public void Starts_the_services_after_the_database_and_the_broker()
    {
        var dependencies = ResourceDeps().Match(Tiltfile);
        Assert.True(dependencies.Success, "No `for name in [...]: k8s_resource(name, resource_deps=[...])` in the Tiltfile.");

        var services = Quoted().Matches(dependencies.Groups[1].Value).Select(m => m.Groups[1].Value);
        Assert.Equal(HostSpec.Services.Select(s => s.Name).Order(), services.Order());
        var deps = Quoted().Matches(dependencies.Groups[2].Value).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["postgres", "rabbitmq"], deps.Order());
        foreach (var dependency in deps)
            Assert.Single(Dev.All<V1StatefulSet>(), s => s.Metadata.Name == dependency);
    }

    [Fact]
    public void Has_a_local_mode_that_runs_run_sh_from_the_repository_root()
    {
        Assert.Contains("config.define_bool('local'", Tiltfile);
        Assert.Contains("serve_cmd='./run.sh'", Tiltfile);
        var directory = Regex.Match(Tiltfile, @"serve_dir='([^']+)'");
        Assert.True(directory.Success);
        Assert.Equal(RepositoryRoot.Path, FromTilt(directory.Groups[1].Value));
    }

    private static string FromTilt(string relative) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(RepositoryRoot.Combine("tilt"), relative)));

    [GeneratedRegex(@"'([\w-]+)':\s*\('([^']+\.csproj)',\s*'([^']+)'\)")]
    private static partial Regex HostEntry();

    [GeneratedRegex(@"docker_build\(\s*'(?<prefix>[^']*)'\s*\+\s*name,\s*context='(?<context>[^']+)',\s*dockerfile='(?<dockerfile>[^']+)'")]
    private static partial Regex DockerBuild();

    [GeneratedRegex(@"CONTEXT = \[([^\]]*)\]")]
    private static partial Regex ContextList();

    [GeneratedRegex(@"k8s_yaml\(kustomize\('([^']+)'\)\)")]
    private static partial Regex Kustomization();

    [GeneratedRegex(@"for name in \[([^\]]+)\]:\s*(?:#[^\n]*\s*)*k8s_resource\(name,\s*resource_deps=\[([^\]]+)\]")]
    private static partial Regex ResourceDeps();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex Quoted();
}
