using System.Diagnostics;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Watchlist.ServiceDefaults.Telemetry;

namespace Watchlist.Tests.Unit.Operations;

/// <summary>
/// Exported traces carry an exception's type and frames, never its message: a MassTransit consumer fails with a message
/// holding a traveller's data, through the hosts' own telemetry setup, and the spans an in-memory exporter receives are searched.
/// </summary>
public sealed class WithheldExceptionSpansTests
{
    private const string Secret = "NGUYEN VAN PASSPORTHOLDER C9876543";

    public sealed record Probe(Guid Id);

    public sealed class FailingConsumer : IConsumer<Probe>
    {
        public Task Consume(ConsumeContext<Probe> context) =>
            throw new InvalidOperationException($"insert failed for {{\"name\":\"{Secret}\"}}",
                new FormatException($"inner: {Secret}"));
    }

    [Fact]
    public async Task A_failing_consumer_s_spans_carry_the_exception_type_but_no_message()
    {
        var exported = new List<Activity>();
        var services = new ServiceCollection();
        services.AddWatchlistTelemetry(new ConfigurationBuilder().Build(), "unit-test");
        services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(exported));
        // The harness gives up after 1.2 s without bus activity by default; a loaded CI machine took longer than that
        // between the consumer's failure and its fault. A longer wait costs nothing when the fault comes.
        services.AddMassTransitTestHarness(bus =>
        {
            bus.AddConsumer<FailingConsumer>();
            bus.SetTestTimeouts(testInactivityTimeout: TimeSpan.FromSeconds(20));
        });
        await using var provider = services.BuildServiceProvider(true);
        var tracing = provider.GetRequiredService<TracerProvider>();
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        try
        {
            await harness.Bus.Publish(new Probe(Guid.NewGuid()));
            Assert.True(await harness.Published.Any<Fault<Probe>>());
        }
        finally
        {
            await harness.Stop();
        }
        tracing.ForceFlush();

        var failed = exported.Where(a => a.Events.Any(e => e.Name == "exception")).ToList();
        Assert.NotEmpty(failed); // MassTransit did record the exception on a span
        Assert.All(failed, a => Assert.Equal(ActivityStatusCode.Error, a.Status));
        foreach (var span in exported)
        {
            Assert.DoesNotContain(Secret, span.StatusDescription ?? "");
            Assert.DoesNotContain(span.TagObjects, t => t.Value?.ToString()?.Contains(Secret) == true);
            Assert.DoesNotContain(span.Events.SelectMany(e => e.Tags), t => t.Value?.ToString()?.Contains(Secret) == true);
        }
        var exception = failed.SelectMany(a => a.Events).First(e => e.Name == "exception").Tags.ToDictionary(t => t.Key, t => t.Value);
        // MassTransit records the base exception: the type stays, its message goes.
        Assert.Equal("System.FormatException", exception["exception.type"]?.ToString());
        Assert.Equal(WithheldExceptionSpans.Withheld, exception["exception.message"]?.ToString());
    }

    [Fact]
    public void Activity_AddException_events_and_the_status_description_are_rewritten()
    {
        using var source = new ActivitySource("withheld-test");
        var exported = new List<Activity>();
        using (var tracing = OpenTelemetry.Sdk.CreateTracerProviderBuilder().AddSource("withheld-test")
                   .AddProcessor(new WithheldExceptionSpans()).AddInMemoryExporter(exported).Build())
        using (var span = source.StartActivity("screen")!)
        {
            try { throw new ArgumentException(Secret); }
            catch (ArgumentException ex)
            {
                span.AddException(ex);
                span.SetStatus(ActivityStatusCode.Error, ex.Message);
                span.SetTag("exception.message", ex.Message);
            }
        }
        var only = Assert.Single(exported);
        Assert.Equal("System.ArgumentException", only.StatusDescription);
        Assert.Equal(WithheldExceptionSpans.Withheld, only.GetTagItem("exception.message"));
        var tags = Assert.Single(only.Events).Tags.ToDictionary(t => t.Key, t => t.Value?.ToString());
        Assert.Equal(WithheldExceptionSpans.Withheld, tags["exception.message"]);
        Assert.DoesNotContain(Secret, tags["exception.stacktrace"]);
        Assert.Contains("Activity_AddException_events_and_the_status_description_are_rewritten", tags["exception.stacktrace"]);
    }

    [Fact]
    public void Frames_keep_the_stack_and_drop_every_message_line()
    {
        var text = $"System.InvalidOperationException: {Secret}\n second line {Secret}\n ---> System.FormatException: {Secret}\n" +
                   "   at A.B.C(String x) in /src/a.cs:line 3\n   --- End of inner exception stack trace ---\n   at D.E.F()";
        Assert.Equal("   at A.B.C(String x) in /src/a.cs:line 3\n   --- End of inner exception stack trace ---\n   at D.E.F()",
            WithheldExceptionSpans.Frames(text));
    }
}
