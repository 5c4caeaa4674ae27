using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marten;
using MassTransit;
using Watchlist.Contracts.Screening;
using Watchlist.Tests.Integration.Infrastructure;
using static Watchlist.Tests.Integration.Infrastructure.HttpJson;

namespace Watchlist.Tests.Integration.Screening;

/// <summary>Border systems' questions through the gateway: found, ranked, explained, recorded, and only what may hit.</summary>
public sealed class ScreeningApiTests(PlatformTest<ScreeningApiTests>.Fixture fixture, RabbitMqFixture rabbit)
    : PlatformTest<ScreeningApiTests>(fixture, rabbit)
{
    private HttpClient Admin => Platform.Client("admin", "VN-MPS");
    private HttpClient Officer => Platform.Client("officer", "VN-MPS", subject: "officer-tsn-1");

    private async Task<(Guid Id, int Version)> List(object body)
    {
        var response = await Admin.PostAsJsonAsync("/api/entries", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var entry = await response.Json();
        return (entry.GetProperty("id").GetGuid(), entry.GetProperty("version").GetInt32());
    }

    private static object Hung(string[]? releasableTo = null, string validUntil = "2099-01-01T00:00:00Z") => new
    {
        kind = "PERSON",
        names = new[] { new { value = "Nguyễn Văn Hùng", type = "PRIMARY" } },
        birthDates = new[] { "1980-05-12" },
        gender = "MALE",
        nationalities = new[] { "VN" },
        documents = new[] { new { type = "PASSPORT", number = "C1234567", country = "VN" } },
        identifiers = new[] { new { type = "PHONE", value = "+84901234567" } },
        lists = new[] { "trafficking-suspects" },
        category = "HUMAN_TRAFFICKING",
        action = "ARREST",
        releasableTo = releasableTo ?? ["VN-MPS", "KH-GDI"],
        validUntil,
    };

    private static object Screening(object traveller, string? asOf = null) => new
    {
        traveller,
        context = new { borderPost = "VN-TSN", direction = "ENTRY", flight = "VN123" },
        asOf,
    };

    private async Task<JsonElement> Screen(object traveller, HttpClient? client = null, string? asOf = null)
    {
        var response = await (client ?? Officer).PostAsJsonAsync("/api/screenings", Screening(traveller, asOf));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Json();
    }

    private static IEnumerable<Guid> HitIds(JsonElement result) =>
        result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("entryId").GetGuid());

    /// <summary>A change is screenable within a second: wait at most that long for it.</summary>
    private async Task<JsonElement> ScreenUntil(object traveller, Func<JsonElement, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(1);
        JsonElement result;
        do
        {
            result = await Screen(traveller);
            if (done(result)) return result;
            await Task.Delay(50);
        } while (DateTime.UtcNow < deadline);
        throw new Xunit.Sdk.XunitException($"Within 1 s: {what}. Last answer: {result}");
    }

    [Fact]
    public async Task A_listed_person_is_found_from_the_passport_spelling_with_an_explanation()
    {
        var (id, _) = await List(Hung());
        var result = await ScreenUntil(new { name = "NGUYEN VAN HUNG", birthDate = "1980-05-12", nationality = "VNM", gender = "MALE" },
            r => HitIds(r).Contains(id), "the new entry hits");

        Assert.Equal("MATCH", result.GetProperty("decision").GetString());
        // Other tests of this class list the same person again, so look for this entry's hit among equals.
        var hit = result.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("entryId").GetGuid() == id);
        Assert.Equal("MATCH", hit.GetProperty("band").GetString());
        Assert.Equal("ARREST", hit.GetProperty("action").GetString());
        Assert.Equal("Nguyễn Văn Hùng", hit.GetProperty("primaryName").GetString());
        var features = hit.GetProperty("explanation").EnumerateArray().Select(e => e.GetProperty("feature").GetString()).ToList();
        Assert.Contains("name", features);
        Assert.Contains("birthDate", features);
        Assert.InRange(hit.GetProperty("score").GetDouble(), 0.85, 1.0);
    }

    [Fact]
    public async Task A_document_or_a_phone_number_alone_finds_the_entry()
    {
        var (id, _) = await List(Hung());
        await ScreenUntil(new { documents = new[] { new { type = "PASSPORT", number = "C1234567", country = "VNM" } } },
            r => HitIds(r).Contains(id) && r.GetProperty("decision").GetString() == "MATCH", "the passport number hits");
        await ScreenUntil(new { nationality = "VN", identifiers = new[] { new { type = "PHONE", value = "0901 234 567" } } },
            r => HitIds(r).Contains(id), "the national-form phone number hits");
        // At a Vietnamese post a Cambodian gives the number as it is dialled in Viet Nam: the post's country comes first.
        await ScreenUntil(new { nationality = "KH", identifiers = new[] { new { type = "PHONE", value = "0901 234 567" } } },
            r => HitIds(r).Contains(id), "a Cambodian's national-form phone at a Vietnamese post hits");
    }

    [Fact]
    public async Task A_stranger_is_clear()
    {
        await List(Hung());
        var result = await Screen(new { name = "Maria Fernanda Oliveira", birthDate = "1992-03-04", nationality = "BR" });
        Assert.Equal("CLEAR", result.GetProperty("decision").GetString());
        Assert.Equal(0, result.GetProperty("hits").GetArrayLength());
    }

    [Fact]
    public async Task Suspended_entries_stop_hitting_within_a_second_and_reinstated_ones_start_again()
    {
        var (id, version) = await List(Hung());
        var passport = new { documents = new[] { new { type = "PASSPORT", number = "C1234567", country = "VN" } } };
        await ScreenUntil(passport, r => HitIds(r).Contains(id), "the entry hits");

        await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/entries/{id}/suspend", version, new { reason = "review" }));
        await ScreenUntil(passport, r => !HitIds(r).Contains(id), "the suspended entry stops hitting");
        await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/entries/{id}/reinstate", version + 1, new { reason = "review done" }));
        await ScreenUntil(passport, r => HitIds(r).Contains(id), "the reinstated entry hits again");
    }

    [Fact]
    public async Task Entries_not_released_to_the_callers_agency_or_past_validity_never_hit()
    {
        var (secret, _) = await List(new
        {
            kind = "TRAVEL_DOCUMENT", documents = new[] { new { type = "PASSPORT", number = "S9988776", country = "VN" } },
            action = "SEIZE_DOCUMENT", releasableTo = new[] { "VN-MPS" }
        });
        var (expired, _) = await List(new
        {
            kind = "TRAVEL_DOCUMENT", documents = new[] { new { type = "PASSPORT", number = "E5544332", country = "VN" } },
            action = "SEIZE_DOCUMENT", validUntil = "2026-01-01T00:00:00Z"
        });
        await ScreenUntil(new { documents = new[] { new { number = "S9988776", country = "VN" } } },
            r => HitIds(r).Contains(secret), "the owner's officer sees it");

        var cambodian = Platform.Client("officer", "KH-GDI");
        Assert.DoesNotContain(
            secret, HitIds(await Screen(new { documents = new[] { new { number = "S9988776", country = "VN" } } }, cambodian)));
        Assert.DoesNotContain(expired, HitIds(await Screen(new { documents = new[] { new { number = "E5544332", country = "VN" } } })));
    }

    [Fact]
    public async Task AsOf_replays_the_list_as_it_stood_then()
    {
        var (id, version) = await List(new
        {
            kind = "TRAVEL_DOCUMENT", documents = new[] { new { type = "PASSPORT", number = "R1122334", country = "VN" } },
            action = "SEIZE_DOCUMENT"
        });
        var passport = new { documents = new[] { new { number = "R1122334", country = "VN" } } };
        await ScreenUntil(passport, r => HitIds(r).Contains(id), "the entry hits");
        var whileListed = DateTimeOffset.UtcNow.ToString("O");
        await Task.Delay(50);
        await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/entries/{id}/delist", version, new { reason = "document recovered" }));
        await ScreenUntil(passport, r => !HitIds(r).Contains(id), "the delisted entry stops hitting");

        var replay = await Screen(passport, asOf: whileListed);
        Assert.Contains(id, HitIds(replay));
        Assert.Equal(whileListed, replay.GetProperty("asOf").GetDateTimeOffset().ToString("O"));
    }

    [Fact]
    public async Task Every_screening_is_recorded_for_the_officer_who_asked_and_auditors_of_the_agency()
    {
        var result = await Screen(new { name = "Someone Unlisted" });
        var id = result.GetProperty("screeningId").GetGuid();

        var own = await Officer.GetAsync($"/api/screenings/{id}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var record = await own.Json();
        Assert.Equal("officer-tsn-1", record.GetProperty("change").GetProperty("actor").GetString());
        Assert.Equal("VN-TSN", record.GetProperty("context").GetProperty("borderPost").GetString());
        Assert.Equal("Someone Unlisted", record.GetProperty("traveller").GetProperty("name").GetString());
        Assert.Equal("CLEAR", record.GetProperty("decision").GetString());
        Assert.True(record.GetProperty("listPosition").GetInt64() > 0);

        var auditor = Platform.Client("auditor", "VN-MPS");
        Assert.Equal(HttpStatusCode.BadRequest, (await auditor.GetAsync($"/api/screenings/{id}")).StatusCode); // no X-Purpose
        auditor.DefaultRequestHeaders.Add("X-Purpose", "case VN-2026-17");
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/api/screenings/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await Platform.Client("officer", "VN-MPS", subject: "another-officer").GetAsync($"/api/screenings/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Platform.Client("auditor", "KH-GDI").GetAsync($"/api/screenings/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_batch_answers_in_input_order_and_publishes_one_message_per_hit_and_one_crossing_per_passenger()
    {
        var (id, _) = await List(new
        {
            kind = "TRAVEL_DOCUMENT", documents = new[] { new { type = "PASSPORT", number = "B7766554", country = "VN" } },
            action = "SEIZE_DOCUMENT"
        });
        await ScreenUntil(
            new { documents = new[] { new { number = "B7766554", country = "VN" } } }, r => HitIds(r).Contains(id), "the entry hits");
        // Each hit is published right after the commit and again by the forwarder, under one message id: consumers apply it once.
        var published = new ConcurrentBag<(Guid MessageId, ScreeningHitDetected Hit)>();
        var crossings = new ConcurrentDictionary<Guid, TravellerScreened>();
        var handle = Platform.Alerts.Services.GetRequiredService<IBus>().ConnectReceiveEndpoint($"{Platform.Schema("hits")}-probe", e =>
        {
            e.Handler<ScreeningHitDetected>(ctx => { published.Add((ctx.MessageId!.Value, ctx.Message)); return Task.CompletedTask; });
            e.Handler<TravellerScreened>(ctx => { crossings[ctx.MessageId!.Value] = ctx.Message; return Task.CompletedTask; });
            e.Handler<TravellersScreened>(ctx =>
            {
                foreach (var c in ctx.Message.Crossings) crossings[c.MessageId] = c.Crossing;
                return Task.CompletedTask;
            });
        });
        await handle.Ready;

        var travellers = new object[]
        {
            new { @ref = "pax-1", name = "Clear Passenger One" },
            new { @ref = "pax-2", documents = new[] { new { number = "B7766554", country = "VN" } } },
            new { @ref = "pax-3", name = "Clear Passenger Three" },
            new { @ref = "pax-4", documents = new[] { new { number = "B7766554", country = "VNM" } } },
        };
        var response = await Officer.PostAsJsonAsync(
            "/api/screenings/batch", new { context = new { borderPost = "VN-HAN", flight = "QH201" }, travellers });
        var results = (await response.Json()).GetProperty("results");

        Assert.Equal(["pax-1", "pax-2", "pax-3", "pax-4"], results.EnumerateArray().Select(r => r.GetProperty("ref").GetString()));
        Assert.Equal(["CLEAR", "MATCH", "CLEAR", "MATCH"], results.EnumerateArray().Select(r => r.GetProperty("decision").GetString()));
        // This batch's messages only: the probe's queue is durable, and a copy the forwarder published after an earlier run's
        // probe stopped waits in it for the next run.
        var batch = results.EnumerateArray().Select(r => r.GetProperty("screeningId").GetGuid()).ToHashSet();
        await Eventually.Until(
            () => Task.FromResult(published.Count(m => batch.Contains(m.Hit.ScreeningId))), n => n >= 2, "two hit messages");
        await Task.Delay(1000);
        var copies = published.Where(m => batch.Contains(m.Hit.ScreeningId)).GroupBy(m => m.MessageId).ToList();
        Assert.Equal(2, copies.Count);
        Assert.All(copies, c => Assert.Single(c.Select(m => m.Hit.TravellerRef).Distinct()));
        var flight = copies.Select(c => c.First().Hit).ToList();
        Assert.Equal(["pax-2", "pax-4"], flight.Select(m => m.TravellerRef).Order());
        Assert.All(flight, m => Assert.Equal(("VN-HAN", "QH201"), (m.Context.BorderPost, m.Context.Flight)));
        // Every passenger is a crossing, hit or not: the alerts service screens recent crossings again when the list changes.
        Assert.Equal(["pax-1", "pax-2", "pax-3", "pax-4"],
            crossings.Values.Where(c => batch.Contains(c.ScreeningId)).Select(c => c.TravellerRef).Order());
        await handle.StopAsync();
    }

    [Fact]
    public async Task A_manifests_crossings_travel_in_bundles_and_each_is_recorded_once()
    {
        var bundles = new ConcurrentBag<IReadOnlyList<BundledCrossing>>();
        var alone = new ConcurrentBag<TravellerScreened>();
        var handle = Platform.Alerts.Services.GetRequiredService<IBus>().ConnectReceiveEndpoint($"{Platform.Schema("bundles")}-probe", e =>
        {
            e.Handler<TravellersScreened>(ctx => { bundles.Add(ctx.Message.Crossings); return Task.CompletedTask; });
            e.Handler<TravellerScreened>(ctx => { alone.Add(ctx.Message); return Task.CompletedTask; });
        });
        await handle.Ready;
        var flight = $"VJ{Random.Shared.Next(1000, 9999)}";
        var travellers = Enumerable.Range(0, 600).Select(i => new { @ref = $"seat-{i}", name = $"Manifest Passenger {i}" }).ToArray();

        var response = await Officer.PostAsJsonAsync("/api/screenings/batch",
            new { context = new { borderPost = "VN-DAD", flight }, travellers });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // Published early and again by the forwarder, cut differently each time: every crossing is in some bundle, none alone.
        bool OfFlight(TravellerScreened c) => c.Context.Flight == flight;
        await Eventually.Until(() => Task.FromResult(bundles.SelectMany(b => b).Where(c => OfFlight(c.Crossing))
            .Select(c => c.MessageId).Distinct().Count()), n => n == travellers.Length, "every crossing of the manifest in a bundle");
        Assert.DoesNotContain(alone, OfFlight);
        var ofFlight = bundles.Where(b => b.Any(c => OfFlight(c.Crossing))).ToList();
        Assert.True(ofFlight.Count <= 10, $"600 crossings came in {ofFlight.Count} bundles");
        // The alerts service keeps each crossing once, whichever bundle brought it first.
        await using var alerts = Platform.StoreOf(Platform.Alerts).QuerySession();
        await Eventually.Until(() => alerts.Query<Watchlist.Alerts.Retro.Crossing>().CountAsync(c => c.Context.Flight == flight),
            n => n == travellers.Length, "the manifest's crossings recorded");
        await Task.Delay(1000);
        Assert.Equal(travellers.Length,
            await alerts.Query<Watchlist.Alerts.Retro.Crossing>().CountAsync(c => c.Context.Flight == flight));
        await handle.StopAsync();
    }

    [Fact]
    public async Task Bad_requests_get_clear_400s()
    {
        async Task<JsonElement> Refused(HttpContent content, string path = "/api/screenings")
        {
            var response = await Officer.PostAsync(path, content);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            return await response.Json();
        }
        StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

        var empty = await Refused(JsonContent.Create(Screening(new { })));
        Assert.True(empty.GetProperty("errors").TryGetProperty("traveller", out _));
        var huge = await Refused(JsonContent.Create(Screening(new { name = new string('A', 10 << 20) })));
        Assert.Contains("at most 300", huge.GetProperty("errors").GetProperty("traveller.names[0]")[0].GetString());
        var surrogate = await Refused(Json("{\"traveller\":{\"name\":\"Hung \\ud800\"},\"context\":{\"borderPost\":\"VN-TSN\"}}"));
        Assert.Contains("Unicode", surrogate.GetRawText());
        await Refused(Json("{\"traveller\":{\"name\":\"x\"},\"context\":{\"borderPost\":\"VN-TSN\"}"));
        var noPost = await Refused(JsonContent.Create(new { traveller = new { name = "Hung" } }));
        Assert.True(noPost.GetProperty("errors").TryGetProperty("context.borderPost", out _));

        var tooMany = Enumerable.Range(0, 2000).Select(i => new { @ref = $"p{i}", name = $"Passenger {i}" }).ToArray();
        var batch = await Refused(
            JsonContent.Create(new { context = new { borderPost = "VN-HAN" }, travellers = tooMany }), "/api/screenings/batch");
        Assert.Contains("1000", batch.GetProperty("errors").GetProperty("travellers")[0].GetString());
        // Found by the fuzz suite: a null passenger answered 500.
        var withNull = await Refused(Json("{\"context\":{\"borderPost\":\"VN-HAN\"},\"travellers\":[{\"name\":\"Hung\"},null]}"),
            "/api/screenings/batch");
        Assert.Contains("required", withNull.GetProperty("errors").GetProperty("travellers[1]")[0].GetString());
    }

    [Fact]
    public async Task The_service_is_ready_only_with_a_caught_up_index()
    {
        using var client = new HttpClient { BaseAddress = Platform.Watchlist.Address };
        var ready = await (await client.GetAsync("/health/ready")).Json();
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("screening-index").GetProperty("status").GetString());
    }
}
