using System.Text.RegularExpressions;
using Watchlist.Alerts.Alerts;
using Watchlist.Alerts.Versioning;
using Watchlist.ServiceDefaults.EventStore;
using Watchlist.WatchlistService.Entries;
using Watchlist.WatchlistService.Versioning;

namespace Watchlist.Tests.Unit.Versioning;

/// <summary>
/// The guard of decision 0070: the shape of every stored event type is checked in (<c>stored-event-shapes.txt</c>), so a change
/// to one cannot pass unnoticed. How to update it is in the failure message and in the README, "Changing an event safely".
/// </summary>
public sealed partial class StoredEventShapeTests
{
    private const string ShapesFile = "tests/Watchlist.Tests.Unit/Versioning/stored-event-shapes.txt";
    private const string FixturesFolder = "tests/Watchlist.Tests.Integration/Versioning/Fixtures";

    private static readonly (string Service, IReadOnlyList<StoredEvent> Events)[] Services =
        [("watchlist", WatchlistStoredEvents.All), ("alerts", AlertStoredEvents.All)];

    private static readonly string HowToUpdate = $"""

        A stored event's shape changed. Rows already stored keep the old shape forever, so (README "Changing an event safely"):
        - only a field added, with a default that reads old rows right: raise the event's version in its service's
          *StoredEvents catalogue and check in a fixture of the previous version under {FixturesFolder};
        - anything else (a rename, a removal, a changed type or meaning, an enum member renamed): a new type named
          {"{name}_v{version}"}, and an upcaster from the old name to it, with a fixture of the old shape.
        Then regenerate the file: UPDATE_EVENT_SHAPES=1 dotnet test tests/Watchlist.Tests.Unit --filter StoredEventShapeTests
        and commit it with the change.
        """;

    [Fact]
    public void Every_stored_event_type_has_the_shape_checked_in()
    {
        var current = Describe();
        var path = Path.Combine(Root, ShapesFile);
        var checkedIn = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        if (Environment.GetEnvironmentVariable("UPDATE_EVENT_SHAPES") == "1" && checkedIn != current)
        {
            Assert.Empty(ChangedWithoutNewVersion(checkedIn, current));
            File.WriteAllText(path, current);
            return;
        }
        if (checkedIn == current) return;
        var (was, now) = (checkedIn.Split('\n'), current.Split('\n'));
        var diff = was.Except(now).Select(l => "- " + l).Concat(now.Except(was).Select(l => "+ " + l));
        Assert.Fail($"{ShapesFile} differs from the stored event types:\n{string.Join('\n', diff)}\n{HowToUpdate}");
    }

    [Fact]
    public void A_shape_that_changes_without_a_new_version_is_refused_when_updating()
    {
        var before = "watchlist entry_listed v3 (EntryListed)\n  entryId: Guid\n";
        var sameVersion = "watchlist entry_listed v3 (EntryListed)\n  entryId: Guid\n  note: String\n";
        var newVersion = "watchlist entry_listed v4 (EntryListed)\n  entryId: Guid\n  note: String\n";
        Assert.Equal(["watchlist entry_listed"], ChangedWithoutNewVersion(before, sameVersion));
        Assert.Empty(ChangedWithoutNewVersion(before, newVersion));
    }

    [Fact]
    public void Every_event_raised_by_an_entry_or_an_alert_is_catalogued_under_a_name_of_its_own()
    {
        var catalogued = Services.SelectMany(s => s.Events).ToList();
        var raised = new[] { typeof(IEntryEvent), typeof(IAlertEvent) }
            .SelectMany(i => i.Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && i.IsAssignableFrom(t)));
        Assert.Empty(raised.Except(catalogued.Select(c => c.Type)));
        Assert.Equal(catalogued.Count, catalogued.Select(c => c.Name).Distinct().Count());
        Assert.All(catalogued, c => Assert.Matches("^[a-z0-9_]+$", c.Name));
    }

    [Fact]
    public void The_fixed_names_are_the_names_Marten_gave_the_rows_already_stored()
    {
        // Before the catalogue, Marten named each type by its class (snake case); only the screening record was mapped by hand.
        var renamed = Services.SelectMany(s => s.Events)
            .Where(e => e.Name != JasperFx.Events.EventTypeExtensions.GetEventTypeName(e.Type)).Select(e => e.Name);
        Assert.Equal(["traveller_screened"], renamed);
    }

    [Fact]
    public void Every_event_past_its_first_version_has_a_fixture_of_its_previous_version()
    {
        var missing = Services.SelectMany(s => s.Events.Where(e => e.Version > 1)
                .Select(e => $"{s.Service}/{e.Name}.v{e.Version - 1}.json"))
            .Where(f => !File.Exists(Path.Combine(Root, FixturesFolder, f)));
        Assert.Empty(missing);
    }

    private static string Describe() =>
        string.Join('\n', Services.SelectMany(s => s.Events.OrderBy(e => e.Name, StringComparer.Ordinal)
            .SelectMany(e => StoredEventShapes.Describe(s.Service, e)))) + "\n";

    /// <summary>Events whose shape differs between the two files while their version stayed.</summary>
    private static IReadOnlyList<string> ChangedWithoutNewVersion(string before, string after)
    {
        var (was, now) = (Blocks(before), Blocks(after));
        return [.. now.Where(b => was.TryGetValue(b.Key, out var old) && old.Version == b.Value.Version && old.Shape != b.Value.Shape)
            .Select(b => b.Key)];
    }

    private static Dictionary<string, (int Version, string Shape)> Blocks(string file)
    {
        var blocks = new Dictionary<string, (int, string)>();
        foreach (var block in file.Split("\n").Aggregate(new List<List<string>>(), (all, line) =>
                 {
                     if (!line.StartsWith(' ') && line.Length > 0) all.Add([line]);
                     else if (all.Count > 0 && line.Length > 0) all[^1].Add(line);
                     return all;
                 }))
        {
            var head = Head().Match(block[0]);
            blocks[$"{head.Groups[1].Value} {head.Groups[2].Value}"] = (int.Parse(head.Groups[3].Value), string.Join('\n', block.Skip(1)));
        }
        return blocks;
    }

    [GeneratedRegex(@"^(\S+) (\S+) v(\d+) ")]
    private static partial Regex Head();

    private static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Watchlist.sln"))) return dir.FullName;
        throw new InvalidOperationException("Watchlist.sln not found above " + AppContext.BaseDirectory);
    }
}
