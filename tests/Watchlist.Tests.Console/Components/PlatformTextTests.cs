using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Watchlist.WebConsole;
using Watchlist.WebConsole.Alerts;
using Watchlist.WebConsole.Entries;
using Watchlist.WebConsole.Gateway;

namespace Watchlist.Tests.Console.Components;

/// <summary>The platform's codes and problems through the console's resources, in English and Vietnamese.</summary>
public sealed class PlatformTextTests : IDisposable
{
    private readonly CultureInfo _before = CultureInfo.CurrentUICulture;

    public void Dispose() => CultureInfo.CurrentUICulture = _before;

    private static IStringLocalizer In(string culture)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var factory = new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        return new StringLocalizer<Strings>(factory);
    }

    public static TheoryData<string, string> Codes()
    {
        var codes = new TheoryData<string, string>();
        foreach (var (group, values) in new (string, string[])[]
                 {
                     ("Status", [.. AlertStatuses.All, .. EntryVocabulary.Statuses, "PENDING_APPROVAL", "REJECTED"]),
                     ("Severity", Severities.All), ("Outcome", Outcomes.All), ("Action", EntryVocabulary.Actions),
                     ("Category", EntryVocabulary.Categories), ("Kind", EntryVocabulary.Kinds), ("Band", ["MATCH", "REVIEW"]),
                     ("Decision", ["MATCH", "REVIEW", "CLEAR"]), ("Document", EntryVocabulary.DocumentTypes),
                     ("Identifier", EntryVocabulary.IdentifierTypes),
                 })
            foreach (var code in values) codes.Add(group, code);
        return codes;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_the_console_offers_has_words_in_both_languages(string group, string code)
    {
        var english = In("en").Code(group, code);
        var vietnamese = In("vi").Code(group, code);
        Assert.NotEqual(code, english);
        Assert.NotEqual(code, vietnamese);
        Assert.NotEqual(english, vietnamese);
    }

    [Fact]
    public void A_code_the_console_does_not_know_yet_is_shown_as_sent_and_a_missing_one_as_a_dash()
    {
        Assert.Equal("SOMETHING_NEW", In("vi").Code("Status", "SOMETHING_NEW"));
        Assert.Equal("—", In("vi").Code("Status", null));
    }

    [Fact]
    public void A_known_problem_reads_in_the_users_language_title_and_detail()
    {
        var maker = new ApiProblem(403, "The maker cannot be the checker.",
            "You made or shaped this change; a second admin of your agency must approve or reject it.", new Dictionary<string, string[]>());
        Assert.Equal("The maker cannot be the checker. You made or shaped this change; a second admin of your agency must approve "
            + "or reject it.", In("en").Problem(maker));
        Assert.Equal("Người đề nghị không thể tự phê duyệt. Bạn đã tạo hoặc sửa thay đổi này; một quản trị viên khác của đơn vị phải "
            + "phê duyệt hoặc từ chối.", In("vi").Problem(maker));
    }

    [Fact]
    public void An_unknown_text_is_left_out_and_the_status_says_what_happened()
    {
        var unknown = new ApiProblem(404, "Something the console never heard of.", $"No alert {Guid.NewGuid()} is visible to you.",
            new Dictionary<string, string[]>());
        Assert.Equal("Không tìm thấy, hoặc chưa được chia sẻ cho đơn vị của bạn.", In("vi").Problem(unknown));
        var known = unknown with { Title = "No such alert." };
        Assert.Equal("No such alert, or not released to your agency.", In("en").Problem(known));
        Assert.Equal("Hệ thống chưa trả lời được; hãy thử lại.", In("vi").Problem(ApiProblem.Of(502, "Bad Gateway")));
    }

    [Fact]
    public void A_field_message_the_console_knows_is_translated_and_one_quoting_the_input_is_kept()
    {
        Assert.Equal("Hãy chọn kết quả.", In("vi").Field("Required: one of CONFIRMED_MATCH, FALSE_POSITIVE, ACTION_TAKEN, NO_ACTION."));
        Assert.Equal("'XX' is not an ISO 3166-1 country code.", In("vi").Field("'XX' is not an ISO 3166-1 country code."));
    }
}
