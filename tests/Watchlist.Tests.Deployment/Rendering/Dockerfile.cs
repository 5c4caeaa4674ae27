namespace Watchlist.Tests.Deployment.Rendering;

public sealed record DockerInstruction(string Keyword, string Arguments);

public sealed record DockerStage(string Image, string? Alias, IReadOnlyList<DockerInstruction> Instructions);

/// <summary>The repository's Dockerfile, split into stages and instructions (continuations joined, comments dropped).</summary>
public sealed record Dockerfile(IReadOnlyList<DockerStage> Stages)
{
    public DockerStage Final => Stages[^1];

    /// <summary>The numeric user the final image runs as; what Kubernetes' runAsUser must agree with.</summary>
    public long? RuntimeUser =>
        Final.Instructions.LastOrDefault(i => i.Keyword == "USER") is { } user && long.TryParse(user.Arguments.Split(':')[0], out var uid)
            ? uid
            : null;

    public static Dockerfile Parse() => Parse(RepositoryRoot.ReadText("Dockerfile"));

    public static Dockerfile Parse(string text)
    {
        var stages = new List<DockerStage>();
        List<DockerInstruction>? current = null;
        foreach (var line in LogicalLines(text))
        {
            var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            var instruction = new DockerInstruction(parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1].Trim() : "");
            if (instruction.Keyword == "FROM")
            {
                var words = instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToArray();
                current = [];
                var alias = words.Length == 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[2] : null;
                stages.Add(new DockerStage(words[0], alias, current));
                continue;
            }
            Assert.True(current is not null || instruction.Keyword == "ARG", $"Dockerfile: {instruction.Keyword} before the first FROM.");
            current?.Add(instruction);
        }
        Assert.NotEmpty(stages);
        return new Dockerfile(stages);
    }

    private static IEnumerable<string> LogicalLines(string text)
    {
        var pending = "";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r').Trim();
            if (line.StartsWith('#'))
                continue; // comments, and the syntax directive
            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }
            var whole = (pending + line).Trim();
            pending = "";
            if (whole.Length > 0)
                yield return whole;
        }
    }
}
