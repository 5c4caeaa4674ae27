using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Watchlist.Tests.Integration.Infrastructure;

namespace Watchlist.Tests.Integration.Operations;

/// <summary>
/// Logs may be shipped anywhere: every host, run as in production, writes one JSON object a line with the correlation id,
/// and no traveller's or entry's name, birth date, document or identifier, not even when Marten and PostgreSQL fail with the
/// whole event in hand. The failures are real: PostgreSQL refuses the events of one traveller, quoting them in its message
/// (as a concurrent duplicate alert's unique violation does, and as a failing screening's error does).
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class LogPrivacyTests(RabbitMqFixture rabbit) : IAsyncLifetime
{
    private readonly ProductionProcesses _hosts = new(rabbit, "opslog");
    private readonly Person _listed = Person.Unique();      // listed, searched, screened: a hit and its alert
    private readonly Person _refusedAlert = Person.Unique(); // listed and hit; the alerts store refuses its alert (23505)
    private readonly Person _refusedScreening = Person.Unique(); // screened; the watchlist store refuses its record (P0001)
    private readonly Person _clear = Person.Unique();       // screened, no hit

    public Task InitializeAsync() => _hosts.StartAsync(new Dictionary<string, string>
    {
        // The retry paths log at Debug (a lost race "running it again"); they too must hold no data.
        ["Logging:LogLevel:Watchlist"] = "Debug",
    });

    public async Task DisposeAsync() => await _hosts.DisposeAsync();

    [Fact]
    public async Task No_host_logs_personal_data_even_when_the_store_fails_with_the_event_in_hand()
    {
        var admin = _hosts.Client("admin");
        var officer = _hosts.Client("officer", subject: "officer-1");
        // The alert event carries the traveller in clear, so the refusal quotes them. A screening record is sealed (decision 0039):
        // its refusal is keyed by the request's correlation id, and still quotes the whole stored event.
        var correlation = $"ops-log-{Guid.NewGuid():N}";
        await RefuseEventsAsync(_hosts.Schema("alerts"), "NEW.data::text", _refusedAlert.Surname, "23505");
        await RefuseEventsAsync(_hosts.Schema("watchlist"), "coalesce(NEW.correlation_id, '')", correlation, "P0001");

        var listed = await ListAsync(admin, _listed);
        var found = await admin.GetAsync($"/api/entries?q={Uri.EscapeDataString(_listed.Name)}&limit=5");
        Assert.Contains(listed.ToString(), await found.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/entries/{listed}/history")).StatusCode);
        await ScreenUntilHitAsync(officer, _listed, listed);
        await Eventually.Until(() => _hosts.Client("command-centre").GetStringAsync($"/api/alerts?entryId={listed}"),
            body => body.Contains(listed.ToString()), "the listed person's alert");

        var refusedEntry = await ListAsync(admin, _refusedAlert);
        await ScreenUntilHitAsync(officer, _refusedAlert, refusedEntry);
        await Eventually.Until(() => Task.FromResult(_hosts.Alerts.Output), o => o.Contains("SQL state 23505"),
            "the alerts host to log its refused alert", TimeSpan.FromSeconds(90));

        var failing = new HttpRequestMessage(HttpMethod.Post, "/api/screenings")
        {
            Content = JsonContent.Create(Screening(_refusedScreening)),
        };
        failing.Headers.Add("X-Correlation-ID", correlation);
        Assert.Equal(HttpStatusCode.InternalServerError, (await officer.SendAsync(failing)).StatusCode);
        var clear = await officer.PostAsJsonAsync("/api/screenings", Screening(_clear));
        Assert.Equal(HttpStatusCode.OK, clear.StatusCode);
        await Eventually.Until(() => Task.FromResult(_hosts.Watchlist.Output), o => o.Contains(correlation),
            "the watchlist host to log the failed screening");

        var lines = _hosts.All.SelectMany(h => h.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line); // throws on any line that is not one JSON object
            Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        }
        var secrets = new[] { _listed, _refusedAlert, _refusedScreening, _clear }.SelectMany(p => p.Values).ToList();
        var leaks = lines.Where(l => secrets.Any(s => l.Contains(s, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leaks.Count == 0, $"Log lines with personal data:\n{string.Join('\n', leaks)}");

        var screeningErrors = lines.Select(l => JsonDocument.Parse(l).RootElement)
            .Where(l => l.GetProperty("LogLevel").GetString() == "Error" && l.GetRawText().Contains(correlation)).ToList();
        Assert.NotEmpty(screeningErrors);
        foreach (var error in screeningErrors)
        {
            Assert.Contains("SQL state P0001", error.GetProperty("Exception").GetString());
            Assert.Contains(error.GetProperty("Scopes").EnumerateArray(),
                s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("CorrelationId", out var c) && c.GetString() == correlation);
        }
    }

    private static async Task<Guid> ListAsync(HttpClient admin, Person person)
    {
        var response = await admin.PostAsJsonAsync("/api/entries", new
        {
            kind = "PERSON",
            names = new[] { new { value = person.Name, type = "PRIMARY" } },
            birthDates = new[] { person.BirthDate },
            nationalities = new[] { "VN" },
            documents = new[] { new { type = "PASSPORT", number = person.Passport, country = "VN" } },
            identifiers = new object[]
            {
                new { type = "PHONE", value = "+84" + person.Phone },
                new { type = "SOCIAL_HANDLE", value = person.Handle, platform = "facebook" },
            },
            category = "HUMAN_TRAFFICKING",
            action = "ARREST",
            releasableTo = new[] { "*" },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static object Screening(Person person) => new
    {
        traveller = new
        {
            name = person.Name, birthDate = person.BirthDate, nationality = "VNM",
            documents = new[] { new { type = "PASSPORT", number = person.Passport, country = "VNM" } },
        },
        context = new { borderPost = "VN-TSN", direction = "ENTRY" },
    };

    private static async Task ScreenUntilHitAsync(HttpClient officer, Person person, Guid entryId)
    {
        await Eventually.Until(async () =>
        {
            var response = await officer.PostAsJsonAsync("/api/screenings", Screening(person));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }, body => body.Contains(entryId.ToString()), $"a hit on entry {entryId}");
    }

    /// <summary>PostgreSQL refuses every event of the schema that holds the marker, with the event itself in its message.</summary>
    private static async Task RefuseEventsAsync(string schema, string column, string marker, string sqlState)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.Postgres);
        await connection.OpenAsync();
        var sql = $"""
            CREATE OR REPLACE FUNCTION "{schema}".refuse_marked() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF {column} LIKE '%' || TG_ARGV[0] || '%' THEN
                RAISE EXCEPTION 'refused: %', NEW.data::text USING ERRCODE = TG_ARGV[1];
              END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER refuse_marked BEFORE INSERT ON "{schema}".mt_events
              FOR EACH ROW EXECUTE FUNCTION "{schema}".refuse_marked('{marker}', '{sqlState}');
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A person no log could hold by chance: random names, document, birth date, phone and handle.</summary>
    private sealed record Person(string GivenName, string Surname, string BirthDate, string Passport, string Phone, string Handle)
    {
        public string Name => $"{GivenName} {Surname}";

        /// <summary>Every value, in the forms it is sent and stored in.</summary>
        public IEnumerable<string> Values => [GivenName, Surname, BirthDate, Passport, Phone, Handle];

        public static Person Unique() => new(Word(), Word(),
            $"19{Random.Shared.Next(40, 70)}-0{Random.Shared.Next(1, 10)}-1{Random.Shared.Next(0, 10)}",
            "P" + Random.Shared.Next(10_000_000, 99_999_999), "91" + Random.Shared.Next(1_000_000, 9_999_999),
            "zq" + Word().ToLowerInvariant());

        private static string Word() =>
            string.Concat(Enumerable.Range(0, 4).Select(_ => $"{"bdgklmnprstvz"[Random.Shared.Next(13)]}{"aeiou"[Random.Shared.Next(5)]}"))
                is var w ? char.ToUpperInvariant(w[0]) + w[1..] : "";
    }
}
