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

        var sdk = ImageReference.Parse(_dockerfile.Stages[0].Image);
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
        Assert.True(_dockerfile.RuntimeUser is > 0, "The final stage needs USER <uid>, numeric and not 0, so that runAsNonRoot can verify it.");
        var entrypoint = Assert.Single(_dockerfile.Final.Instructions, i => i.Keyword == "ENTRYPOINT");
        Assert.StartsWith("[", entrypoint.Arguments); // exec form: the chiseled image has no shell
    }

    [Fact]
    public void Restores_from_the_build_settings_and_every_project_file_before_copying_sources()
    {
        var build = _dockerfile.Stages[0].Instructions.ToList();
        var restore = build.FindIndex(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet restore"));
        Assert.True(restore > 0, "The build stage has no `dotnet restore` step.");
        var copiedBefore = build.Take(restore).Where(i => i.Keyword == "COPY").SelectMany(i => CopySources(i.Arguments)).ToHashSet();

        var required = new[] { "global.json", "Directory.Build.props", "Directory.Packages.props" }
            .Concat(ProjectFilesUnder("services").Concat(ProjectFilesUnder("gateway")));
        foreach (var file in required)
            Assert.True(copiedBefore.Contains(file), $"{file} is not copied before `dotnet restore`: a restore without it misses a reference or a pinned version.");
        Assert.DoesNotContain(build.Take(restore), i => i.Keyword == "COPY" && CopySources(i.Arguments).Any(s => s.EndsWith('/') || s == "."));
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
        var args = _dockerfile.Stages[0].Instructions.Where(i => i.Keyword == "ARG").Select(i => i.Arguments.Split('=')[0]);
        Assert.Superset(new HashSet<string> { "PROJECT", "APP" }, args.ToHashSet());
    }

    [Fact]
    public void The_context_leaves_out_build_output_but_keeps_what_the_build_copies()
    {
        var patterns = RepositoryRoot.ReadText(".dockerignore").Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Contains("**/bin/", patterns);
        Assert.Contains("**/obj/", patterns);
        foreach (var kept in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props", "services/", "gateway/", "services", "gateway" })
            Assert.DoesNotContain(kept, patterns);
        Assert.DoesNotContain("*", patterns);
    }

    private static IEnumerable<string> CopySources(string arguments)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToArray();
        return words[..^1];
    }

    private static IEnumerable<string> ProjectFilesUnder(string directory) =>
        Directory.EnumerateFiles(RepositoryRoot.Combine(directory), "*.csproj", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj"));

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
