using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using Watchlist.Tests.Fuzz.Generators;
using Watchlist.Tests.Integration.Infrastructure;
using Watchlist.WebConsole;
using Xunit.Abstractions;

namespace Watchlist.Tests.Fuzz;

/// <summary>
/// The console's own endpoints that take input (the rest of it is pages and a circuit): the development sign-in form, the
/// language and time-zone choices and sign-out. Hostile input never gets a 5xx, and every redirect stays inside the console,
/// whatever the return address says: an open redirect after sign-in would send a fresh session anywhere. The console host
/// runs alone (these endpoints never call the platform); its sign-in form's antiforgery token is fetched for each case.
/// </summary>
public sealed partial class ConsoleEndpointsFuzzTests(ITestOutputHelper output)
{
    private sealed record ConsoleCase(string Endpoint, string Method, string Path, byte[]? Form, string? ContentType, bool Token)
    {
        public override string ToString() =>
            $"[{Endpoint}] {Method} {Path[..Math.Min(Path.Length, 300)]} form: "
            + (Form is null ? "(none)" : Encoding.UTF8.GetString(Form, 0, Math.Min(Form.Length, 300)))
            + $" ({ContentType}), token: {Token}";
    }

    private static readonly Gen<string> Short = Hostile.Text.Where(t => t.Length < 1_500);

    /// <summary>Return addresses an attacker would try, and hostile text.</summary>
    private static readonly Gen<string> ReturnUrl = Gen.Frequency(
        (3, Gen.OneOf("https://evil.example/", "//evil.example", "/\\evil.example", "\\\\evil.example", "/console/../x", "/console//evil",
            "javascript:alert(1)", "/console/alerts", "/elsewhere", "%2F%2Fevil.example", "/console/\r\nLocation: //evil",
            " //evil.example",
            "/\t/evil.example", "/console@evil.example", "http:/evil.example", "")),
        (2, Short));

    private static string Encode(string text) =>
        string.Concat(Encoding.UTF8.GetBytes(text).Select(b => char.IsAsciiLetterOrDigit((char)b) ? ((char)b).ToString() : $"%{b:X2}"));

    private static byte[] Form(params (string Name, string Value)[] fields) =>
        Encoding.ASCII.GetBytes(string.Join('&', fields.Select(f => $"{Encode(f.Name)}={Encode(f.Value)}")));

    private static readonly Gen<ConsoleCase> Cases = Gen.OneOf(
        Gen.Select(Gen.Frequency((3, Gen.OneOf("admin", "officer", "command-centre", "auditor")), (2, Short)),
            Gen.Frequency((3, Gen.OneOf("VN-MPS", "KH-GDI", "vn-mps")), (2, Short)), ReturnUrl, Gen.Bool,
            (role, agency, back, token) => new ConsoleCase("POST /account/signin", "POST", "/console/account/signin",
                Form(("Role", role), ("Agency", agency), ("ReturnUrl", back)), "application/x-www-form-urlencoded", token)),
        Gen.Select(Hostile.Text, Gen.OneOf("application/x-www-form-urlencoded", "multipart/form-data", "application/json", "text/plain"),
            (body, type) => new ConsoleCase("POST /account/signin (raw body)", "POST", "/console/account/signin",
                Encoding.UTF8.GetBytes(body), type, true)),
        Gen.Select(Gen.Frequency((2, Gen.OneOf("en", "vi", "fr", "EN", "vi-VN")), (1, Short.Select(Encode)), (1, Queries.Junk)), ReturnUrl,
            (culture, back) => new ConsoleCase("GET /language/{culture}", "GET",
                $"/console/language/{culture}?returnUrl={Encode(back)}", null, null, false)),
        Gen.Select(Gen.Frequency((2, Gen.OneOf("UTC", "Asia/Ho_Chi_Minh", "Etc/GMT+12", "../../etc/passwd", "Asia", "")), (1, Short)),
            ReturnUrl, (zone, back) => new ConsoleCase("GET /timezone", "GET",
                $"/console/timezone?zone={Encode(zone)}&returnUrl={Encode(back)}", null, null, false)),
        ReturnUrl.Select(back => new ConsoleCase("POST /account/signout", "POST", "/console/account/signout",
            Form(("ReturnUrl", back)), "application/x-www-form-urlencoded", false)));

    [Fact]
    public async Task Hostile_input_to_the_consoles_own_endpoints_gets_no_5xx_and_no_redirect_out_of_the_console()
    {
        await using var console = new ServiceHost<WebConsoleMarker>(new Dictionary<string, string>
        {
            ["Gateway:Url"] = "http://127.0.0.1:9", // these endpoints never reach the platform
        }).Start();
        var counts = new Dictionary<string, Dictionary<int, int>>();
        var iterations = Math.Max(FuzzSettings.Cases / 20, 100);
        await Cases.SampleAsync(async c =>
        {
            var status = await SendAsync(console.Address, c);
            lock (counts)
            {
                var byStatus = counts.TryGetValue(c.Endpoint, out var known) ? known : counts[c.Endpoint] = [];
                byStatus[status] = byStatus.GetValueOrDefault(status) + 1;
            }
        }, iter: iterations, threads: 2, print: c => c.ToString());
        foreach (var (endpoint, byStatus) in counts.OrderBy(c => c.Key))
            output.WriteLine($"{endpoint}: {string.Join(" ", byStatus.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.Equal(5, counts.Count);
    }

    /// <returns>The status; throws (a failing case for CsCheck to shrink) when the answer breaks a rule.</returns>
    private static async Task<int> SendAsync(Uri console, ConsoleCase c)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = console,
        };
        using var request = new HttpRequestMessage(new HttpMethod(c.Method), c.Path);
        var form = c.Form;
        if (c.Token)
        {
            var page = await (await browser.GetAsync("/console/signin")).Content.ReadAsStringAsync();
            var token = WebUtility.HtmlDecode(AntiforgeryToken().Match(page).Groups[1].Value);
            form = [.. Encoding.ASCII.GetBytes($"__RequestVerificationToken={Encode(token)}&"), .. form ?? []];
        }
        if (form is not null)
        {
            request.Content = new ByteArrayContent(form);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", c.ContentType);
        }
        using var answer = await browser.SendAsync(request);
        var status = (int)answer.StatusCode;
        if (status >= 500) throw new InvalidOperationException($"answered {status}: {await answer.Content.ReadAsStringAsync()}");
        if (status is >= 300 and < 400)
        {
            var location = answer.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"a {status} without Location");
            // A path of this host under /console/; "//host" or "/\\host" would leave it, a header break would add one.
            if (!location.StartsWith("/console/", StringComparison.Ordinal) || location.Contains('\r') || location.Contains('\n'))
                throw new InvalidOperationException($"redirected out of the console, to {location}");
        }
        return status;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
