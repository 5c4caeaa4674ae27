using System.Text.Json;
using Watchlist.WebConsole.Entries;

namespace Watchlist.Tests.Console.Components;

public sealed class EntryPatchTests
{
    private static readonly Entry Listed = new(
        Guid.NewGuid(), 4, "ACTIVE", "PERSON",
        [new("Nguyễn Văn Hùng", "PRIMARY"), new("Hung Nguyen", "ALIAS"), new("Anh Hai", "WEAK_ALIAS")], ["1980-05-12"], "MALE", ["VN"],
        [new("PASSPORT", "C1234567", "VN", null)], [], ["trafficking-suspects"], "HUMAN_TRAFFICKING", "ARREST", "CRITICAL", "VN-MPS",
        ["VN-MPS"], null, null, "2027-01-01", null, "seen in Hà Nội", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);

    private static readonly JsonSerializerOptions AsWritten =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void The_form_as_filled_changes_nothing_and_a_reason_alone_is_not_a_change()
    {
        var patch = EntryPatch.Between(Listed, AmendFields.Of(Listed), "no reason");
        Assert.Equal(["reason"], patch.Keys);
        Assert.True(EntryPatch.ChangesNothing(patch));
    }

    [Fact]
    public void Only_the_changed_fields_are_in_the_patch_and_emptied_ones_are_null()
    {
        var form = AmendFields.Of(Listed);
        form.Lists = "trafficking-suspects,  cyber-watch ";
        form.ReleasableTo = "VN-MPS, KH-GDI";
        form.Remarks = "  ";
        form.ReviewBy = "2027-06-30";
        form.Nationalities = " VN ";
        var patch = EntryPatch.Between(Listed, form, " intel 7 ");
        Assert.Equal(["lists", "releasableTo", "reviewBy", "remarks", "reason"], patch.Keys);
        Assert.Equal(["trafficking-suspects", "cyber-watch"], (string[])patch["lists"]!);
        Assert.Null(patch["remarks"]);
        Assert.Equal("intel 7", patch["reason"]);
        Assert.False(EntryPatch.ChangesNothing(patch));
    }

    [Fact]
    public void Changed_names_keep_the_weak_aliases_the_form_does_not_show_with_their_diacritics()
    {
        var form = AmendFields.Of(Listed);
        form.Aliases = "Hung Nguyen\nNguyễn V. Hùng\n";
        var patch = EntryPatch.Between(Listed, form, null);
        Assert.Equal(["names"], patch.Keys);
        Assert.Equal(
            """[{"value":"Nguyễn Văn Hùng","type":"PRIMARY"},{"value":"Hung Nguyen","type":"ALIAS"},"""
            + """{"value":"Nguyễn V. Hùng","type":"ALIAS"},{"value":"Anh Hai","type":"WEAK_ALIAS"}]""",
            JsonSerializer.Serialize(patch["names"], AsWritten));
    }
}
