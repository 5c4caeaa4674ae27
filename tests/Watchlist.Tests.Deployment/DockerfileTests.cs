using System.Text.RegularExpressions;
using System.Xml.Linq;
using Watchlist.Tests.Deployment.Rendering;

namespace Watchlist.Tests.Deployment;

/// <summary>The one Dockerfile that builds every host, read as text: nothing here runs Docker.</summary>
public sealed partial class DockerfileTests
{
    private readonly Dockerfile _dockerfile = Dockerfile.Parse();

    [Fact]
    public void Base_images_are_pinned_to_a_patch_release()
    {
        foreach (var stage in _dockerfile.Stages.Where(s => !_dockerfile.Stages.Any(o => o.Alias == s.Image)))
        {
            var image = ImageReference.Parse(stage.Image);
            Assert.False(image.Tag is null or "latest", $"{stage.Image} floats: pin a tag.");
            Assert.True(PatchVersion().IsMatch(image.Tag), $"{stage.Image}: the tag must name a patch release (10.0.12, not 10.0).");
            Assert.DoesNotContain("$", stage.Image); // a build arg would let a build pick an unpinned image
        }
    }

    [Fact]
    public void Builds_with_the_SDK_and_runs_on_the_ASP_NET_runtime_of_the_target_framework()
    {
        var targetFramework = BuildProperty("TargetFramework"); // net10.0
        var version = targetFramework["net".Length..];

        var sdk = ImageReference.Parse(BuildStage.Image);
        Assert.Equal("mcr.microsoft.com/dotnet/sdk", sdk.Repository);
        Assert.StartsWith(version + ".", sdk.Tag);

        var runtime = ImageReference.Parse(_dockerfile.Final.Image);
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet", runtime.Repository);
        Assert.StartsWith(version + ".", runtime.Tag);
    }

    [Fact]
    public void The_runtime_image_has_ICU_when_globalization_is_not_invariant()
    {
        Assert.Equal("false", BuildProperty("InvariantGlobalization"), ignoreCase: true);
        var tag = ImageReference.Parse(_dockerfile.Final.Image).Tag!;
        // Chiseled images leave ICU out; only their -extra variant has it (and tzdata).
        if (tag.Contains("chiseled", StringComparison.Ordinal))
            Assert.Contains("-extra", tag);
        Assert.DoesNotContain("alpine", tag); // musl images also ship without ICU
    }

    [Fact]
    public void Runs_as_a_numeric_non_root_user()
    {
        Assert.True(_dockerfile.RuntimeUser is > 0,
            "The final stage needs USER <uid>, numeric and not 0, so that runAsNonRoot can verify it.");
        var entrypoint = Assert.Single(_dockerfile.Final.Instructions, i => i.Keyword == "ENTRYPOINT");
        Assert.StartsWith("[", entrypoint.Arguments); // exec form: the chiseled image has no shell
    }

    [Fact]
    public void Restores_with_the_build_settings_before_any_source_is_copied()
    {
        var build = BuildStage.Instructions.ToList();
        var restore = build.FindIndex(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet restore"));
        Assert.True(restore > 0, "The build stage has no `dotnet restore` step.");
        var beforeRestore = build.Take(restore).Where(i => i.Keyword == "COPY").ToList();

        var copied = beforeRestore.Where(i => !i.Arguments.Contains("--from=")).SelectMany(i => CopySources(i.Arguments)).ToHashSet();
        foreach (var settings in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props" })
            Assert.True(copied.Contains(settings),
                $"{settings} is not copied before `dotnet restore`: the restore would miss the pinned versions or the SDK.");
        // A source directory copied before the restore would invalidate its cache on every edit.
        Assert.DoesNotContain(copied, source => source.EndsWith('/') || source == ".");
        Assert.Contains(build.Skip(restore),
            i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish") && i.Arguments.Contains("--no-restore"));
    }

    [Fact]
    public void Publishes_ReadyToRun_for_the_runtime_it_restored_for()
    {
        // ReadyToRun needs the runtime's packs in the restore: a publish with a runtime or ReadyToRun that the restore did not
        // have fails with NETSDK1094 (decision 0097).
        var runs = BuildStage.Instructions.Where(i => i.Keyword == "RUN").Select(i => i.Arguments).ToList();
        var restore = Assert.Single(runs, r => r.Contains("dotnet restore"));
        var publish = Assert.Single(runs, r => r.Contains("dotnet publish"));
        foreach (var step in new[] { restore, publish })
        {
            Assert.Contains("--runtime \"$RID\"", step);
            Assert.Contains("-p:PublishReadyToRun=true", step);
        }
        Assert.Contains("--self-contained false", publish); // the runtime image supplies .NET
        Assert.Contains(BuildStage.Instructions, i => i.Keyword == "ARG" && i.Arguments == "RID=linux-x64");
    }

    [Fact]
    public void Every_project_a_host_builds_from_is_in_the_image_build()
    {
        var ignored = DockerIgnorePatterns().Select(p => p.TrimEnd('/')).ToHashSet();
        var copiedDirectories = ContextSources(_dockerfile).Where(s => s.EndsWith('/')).Select(s => s.TrimEnd('/')).ToList();
        Assert.NotEmpty(copiedDirectories);

        foreach (var host in HostSpec.All)
            foreach (var project in ProjectClosure(host.Project))
            {
                var top = project.Split('/')[0];
                Assert.True(copiedDirectories.Any(d => project.StartsWith(d + "/", StringComparison.Ordinal)),
                    $"{host.Name} references {project}, which the Dockerfile does not copy.");
                Assert.False(ignored.Contains(top),
                    $"{host.Name} references {project}, but .dockerignore leaves {top}/ out of the context.");
            }
    }

    [Fact]
    public void Every_host_project_exists_and_its_assembly_is_the_APP_it_is_built_with()
    {
        foreach (var host in HostSpec.All)
        {
            var project = XDocument.Parse(RepositoryRoot.ReadText(host.Project));
            var assembly = project.Descendants("AssemblyName").FirstOrDefault()?.Value ?? Path.GetFileNameWithoutExtension(host.Project);
            Assert.Equal(host.Assembly, assembly);
            Assert.Equal("Microsoft.NET.Sdk.Web", project.Root!.Attribute("Sdk")?.Value);
        }
        var args = BuildStage.Instructions.Where(i => i.Keyword == "ARG").Select(i => i.Arguments.Split('=')[0]);
        Assert.Superset(new HashSet<string> { "PROJECT", "APP" }, args.ToHashSet());
    }

    [Fact]
    public void The_context_leaves_out_build_output_but_keeps_what_the_build_copies()
    {
        var patterns = DockerIgnorePatterns();
        Assert.Contains("**/bin/", patterns);
        Assert.Contains("**/obj/", patterns);
        foreach (var kept in new[]
            { "global.json", "Directory.Build.props", "Directory.Packages.props", "services/", "gateway/", "services", "gateway" })
            Assert.DoesNotContain(kept, patterns);
        Assert.DoesNotContain("*", patterns);
    }

    private DockerStage BuildStage => Assert.Single(_dockerfile.Stages, s => s.Alias == "build");

    /// <summary>What the Dockerfile copies from the build context (not from another stage), in every stage.</summary>
    internal static IEnumerable<string> ContextSources(Dockerfile dockerfile) =>
        dockerfile.Stages.SelectMany(s => s.Instructions)
            .Where(i => i.Keyword == "COPY" && !i.Arguments.Contains("--from="))
            .SelectMany(i => CopySources(i.Arguments))
            .Distinct();

    private static IEnumerable<string> CopySources(string arguments)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToArray();
        return words[..^1];
    }

    private static List<string> DockerIgnorePatterns() =>
        RepositoryRoot.ReadText(".dockerignore").Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    /// <summary>The project and everything it references, transitively, as paths from the repository root.</summary>
    private static HashSet<string> ProjectClosure(string project)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
                continue;
            var directory = Path.GetDirectoryName(current)!;
            foreach (var reference in XDocument.Parse(RepositoryRoot.ReadText(current)).Descendants("ProjectReference"))
            {
                var full = Path.GetFullPath(
                    Path.Combine(RepositoryRoot.Combine(directory), reference.Attribute("Include")!.Value.Replace('\\', '/')));
                pending.Push(Path.GetRelativePath(RepositoryRoot.Path, full).Replace('\\', '/'));
            }
        }
        return seen;
    }

    private static string BuildProperty(string name)
    {
        var props = XDocument.Parse(RepositoryRoot.ReadText("Directory.Build.props"));
        var value = props.Descendants(name).LastOrDefault()?.Value;
        Assert.False(string.IsNullOrEmpty(value), $"Directory.Build.props sets no {name}.");
        return value;
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+(-|$)")]
    private static partial Regex PatchVersion();
}
