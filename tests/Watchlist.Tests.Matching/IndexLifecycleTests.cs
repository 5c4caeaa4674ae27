using Watchlist.Matching;
using static Watchlist.Tests.Matching.Listing;

namespace Watchlist.Tests.Matching;

public class IndexLifecycleTests
{
    private static readonly Guid Id = Guid.Parse("7d0c4a1e-33a5-4c52-9f43-0a8b1f3a9e11");

    [Fact]
    public void Counts_entries_not_versions()
    {
        var index = new ScreeningIndex();
        index.Upsert(Person("Bui Quang Vinh", id: Id));
        index.Upsert(Person("Bui Quang Vinh Long", id: Id, version: 2));
        index.Upsert(Person("Do Thi Mai"));

        Assert.Equal(2, index.Count);
        Assert.Equal(2, index.VersionOf(Id));
    }

    [Fact]
    public void An_amendment_replaces_the_indexed_version()
    {
        var index = IndexWith(Person("Bui Quang Vinh", id: Id));
        index.Upsert(Person("Ly Thanh Truc", id: Id, version: 2));

        Assert.Null(index.Search(Traveller("BUI QUANG VINH")).HitFor(Person("x", id: Id)));
        var hit = Assert.Single(index.Search(Traveller("LY THANH TRUC")), h => h.EntryId == Id);
        Assert.Equal(2, hit.EntryVersion);
    }

    [Fact]
    public void An_older_version_arriving_late_is_ignored()
    {
        var index = new ScreeningIndex();
        Assert.True(index.Upsert(Person("Ly Thanh Truc", id: Id, version: 3)));
        Assert.False(index.Upsert(Person("Bui Quang Vinh", id: Id, version: 2)));

        Assert.Equal(3, index.VersionOf(Id));
        Assert.Empty(index.Search(Traveller("BUI QUANG VINH")));
    }

    [Fact]
    public void A_delisted_entry_is_no_longer_found()
    {
        var index = IndexWith(Person("Bui Quang Vinh", id: Id));

        Assert.True(index.Remove(Id));
        Assert.False(index.Remove(Id));
        Assert.Null(index.VersionOf(Id));
        Assert.DoesNotContain(index.Search(Traveller("BUI QUANG VINH")), hit => hit.EntryId == Id);
    }

    [Fact]
    public void A_versioned_removal_blocks_older_upserts_but_not_a_relisting()
    {
        var index = new ScreeningIndex();
        index.Upsert(Person("Bui Quang Vinh", id: Id, version: 1));
        index.Remove(Id, version: 2);

        Assert.False(index.Upsert(Person("Bui Quang Vinh", id: Id, version: 1)));
        Assert.Empty(index.Search(Traveller("BUI QUANG VINH")));

        Assert.True(index.Upsert(Person("Bui Quang Vinh", id: Id, version: 3)));
        Assert.Equal(3, Assert.Single(index.Search(Traveller("BUI QUANG VINH"))).EntryVersion);
    }

    [Fact]
    public void Eligibility_filter_excludes_without_rebuilding()
    {
        var suspended = Person("Bui Quang Vinh");
        var active = Person("Bui Quang Vinh");
        var index = IndexWith(suspended, active);

        var hits = index.Search(Traveller("BUI QUANG VINH"), new ScreeningOptions { IsEligible = id => id != suspended.Id });

        Assert.Contains(hits, hit => hit.EntryId == active.Id);
        Assert.DoesNotContain(hits, hit => hit.EntryId == suspended.Id);
    }

    [Fact]
    public void Frequent_updates_keep_results_exact()
    {
        var index = IndexWith();
        for (var version = 1; version <= 60; version++)
            index.Upsert(Person(version % 2 == 0 ? "Bui Quang Vinh" : "Ly Thanh Truc", id: Id, version: version));

        Assert.Single(index.Search(Traveller("BUI QUANG VINH")), hit => hit.EntryId == Id);
        Assert.DoesNotContain(index.Search(Traveller("LY THANH TRUC")), hit => hit.EntryId == Id);
    }

    [Fact]
    public async Task Searches_run_safely_while_the_list_changes()
    {
        var index = IndexWith();
        var anchor = Person("Trinh Cong Son Tung");
        index.Upsert(anchor);
        var readersDone = false;
        // Readers start only once the writer is churning: on a busy 2-core machine the readers could
        // otherwise finish before the writer was ever scheduled, and the test would prove nothing.
        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var writer = Task.Run(() =>
        {
            var writes = 0;
            while (!Volatile.Read(ref readersDone))
            {
                var churn = Person($"Trinh Cong Son Tung{writes % 50:D2}", id: new Guid(writes % 100, 0, 0, new byte[8]), version: writes);
                index.Upsert(churn);
                if (writes % 7 == 0) index.Remove(churn.Id);
                writes++;
                if (writes == 1) writing.SetResult();
            }
            return writes;
        });
        await writing.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 300; i++)
            {
                // The untouched entry must be found by every search, whatever the writer is doing.
                Assert.Contains(index.Search(Traveller("TRINH CONG SON TUNG")), hit => hit.EntryId == anchor.Id);
            }
        })).ToArray();

        try
        {
            await Task.WhenAll(readers);
        }
        finally
        {
            Volatile.Write(ref readersDone, true);
        }
        Assert.True(await writer > 0);
    }

    [Fact]
    public void Trimming_after_a_load_changes_no_answer_and_the_index_still_grows_and_shrinks()
    {
        var listed = Person("Bui Quang Vinh", "1980-04-02", nationality: "VN", id: Id);
        var namesake = Person("Bui Quang Vinh", "1980-04-02", nationality: "VN");
        var index = IndexWith(listed);
        var traveller = Traveller("BUI QUANG VINH", "1980-04-02", nationality: "VN");
        var before = index.Search(traveller).Select(h => (h.EntryId, h.Score)).ToList();

        index.TrimExcess();

        Assert.Equal(before, index.Search(traveller).Select(h => (h.EntryId, h.Score)));
        index.Upsert(namesake);
        var after = index.Search(traveller);
        Assert.NotNull(after.HitFor(listed));
        Assert.NotNull(after.HitFor(namesake));
        Assert.True(index.Remove(Id));
        Assert.Null(index.Search(traveller).HitFor(listed));
        Assert.NotNull(index.Search(traveller).HitFor(namesake));
    }

    [Fact]
    public void Entries_sharing_a_birth_date_and_nationality_are_still_told_apart_by_them()
    {
        var vietnamese = Person("Tran Van Minh", "1975-01-01", nationality: "VN");
        var laotian = Person("Tran Van Minh", "1975-01-01", nationality: "LA");
        var younger = Person("Tran Van Minh", "1991-09-30", nationality: "VN");
        var index = IndexWith(vietnamese, laotian, younger);

        var hits = index.Search(Traveller("TRAN VAN MINH", "1991-09-30", nationality: "VN"));

        Assert.Equal(younger.Id, hits[0].EntryId);
        Assert.True(hits[0].Score > (hits.HitFor(vietnamese)?.Score ?? 0));
    }
}
