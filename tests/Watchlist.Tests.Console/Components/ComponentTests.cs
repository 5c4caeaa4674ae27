using Bunit;
using Watchlist.WebConsole.Alerts;
using Watchlist.WebConsole.Components.Shared;
using Watchlist.WebConsole.Gateway;

namespace Watchlist.Tests.Console.Components;

public sealed class ComponentTests : BunitContext
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    public ComponentTests()
    {
        Services.AddSingleton(new UserClock(TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")));
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
    }

    [Fact]
    public void An_open_alert_counts_down_to_its_deadline_and_then_shows_how_far_overdue_it_is()
    {
        var alert = AlertBoardTests.Alert(Guid.NewGuid(), 1, Now, sla: Now.AddMinutes(5));
        var running = Render<SlaCountdown>(p => p.Add(c => c.Alert, alert).Add(c => c.Now, Now.AddSeconds(10)));
        Assert.Equal("4:50 left", running.Find("span.sla").TextContent);
        Assert.DoesNotContain("overdue", running.Find("span.sla").ClassName);

        var late = Render<SlaCountdown>(p => p.Add(c => c.Alert, alert).Add(c => c.Now, Now.AddMinutes(8)));
        Assert.Equal("overdue 3:00", late.Find("span.sla").TextContent);
        Assert.Contains("overdue", late.Find("span.sla").ClassName);
    }

    [Fact]
    public void An_acknowledged_alert_has_no_running_clock()
    {
        var alert = AlertBoardTests.Alert(Guid.NewGuid(), 2, Now, status: "ACKNOWLEDGED", sla: Now.AddMinutes(5));
        var cut = Render<SlaCountdown>(p => p.Add(c => c.Alert, alert).Add(c => c.Now, Now));
        Assert.Contains("stopped", cut.Find("span.sla").ClassName);
    }

    [Fact]
    public void Times_are_shown_in_Ho_Chi_Minh_City_with_UTC_on_hover()
    {
        var cut = Render<LocalTime>(p => p.Add(c => c.At, Now));
        var time = cut.Find("time");
        Assert.Equal("2026-12-01 15:00:00", time.TextContent);
        Assert.Equal("2026-12-01 08:00:00 UTC", time.GetAttribute("title"));
        Assert.Equal("2026-12-01T08:00:00Z", time.GetAttribute("datetime"));
    }

    [Fact]
    public void The_traveller_and_the_entry_are_shown_as_listed_with_their_diacritics()
    {
        var alert = AlertBoardTests.Alert(Guid.NewGuid(), 1, Now, name: "Nguyễn Văn Hùng");
        var cut = Render<AlertFacts>(p => p.Add(c => c.Alert, alert));
        Assert.Equal("Nguyễn Văn Hùng", cut.Find("[data-testid=traveller-names]").TextContent);
        Assert.Equal("Nguyễn Văn Hùng", cut.Find("[data-testid=entry-name]").TextContent);
        Assert.Contains("Passport C1234567 (VN)", cut.Markup);
        Assert.Contains("0.97 (band Match)", cut.Markup);
    }

    [Fact]
    public void The_APIs_field_errors_are_shown_beside_their_field_whatever_the_case_of_its_name()
    {
        var problem = new ApiProblem(400, "Invalid", null,
            new Dictionary<string, string[]> { ["Outcome"] = ["Required: one of CONFIRMED_MATCH, …"] });
        var cut = Render<FieldErrors>(p => p.Add(c => c.Problem, problem).Add(c => c.Field, "outcome").Add(c => c.Id, "outcome-error"));
        Assert.Equal("Required: one of CONFIRMED_MATCH, …", cut.Find("#outcome-error").TextContent);
        var other = Render<FieldErrors>(p => p.Add(c => c.Problem, problem).Add(c => c.Field, "note").Add(c => c.Id, "note-error"));
        Assert.Empty(other.FindAll("span"));
    }

    [Fact]
    public void The_alert_facts_speak_Vietnamese_to_a_Vietnamese_user()
    {
        var alert = AlertBoardTests.Alert(Guid.NewGuid(), 1, Now, name: "Nguyễn Văn Hùng");
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("vi");
            var vietnamese = Render<AlertFacts>(p => p.Add(c => c.Alert, alert));
            Assert.Equal(["Hành khách khi kiểm tra", "Lý do trùng khớp"], vietnamese.FindAll("h2").Select(h => h.TextContent));
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
            var english = Render<AlertFacts>(p => p.Add(c => c.Alert, alert));
            Assert.Equal(["Traveller as screened", "Why it hit"], english.FindAll("h2").Select(h => h.TextContent));
        }
        finally { System.Globalization.CultureInfo.CurrentUICulture = previous; }
    }
}
