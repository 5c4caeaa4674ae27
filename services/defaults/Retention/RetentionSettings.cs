using Microsoft.Extensions.Configuration;

namespace Watchlist.ServiceDefaults.Retention;

/// <summary>
/// The <c>Retention</c> section: how long operational records are kept, how often they are pruned and how many rows one
/// delete removes. Handled-message records must outlive every redelivery of their message (README, "Retention").
/// </summary>
public sealed record RetentionSettings(TimeSpan Every, int BatchSize, TimeSpan HandledMessages, TimeSpan IdempotencyRecords)
{
    public static RetentionSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Retention");
        var settings = new RetentionSettings(
            section.GetValue("Every", TimeSpan.FromMinutes(10)),
            section.GetValue("BatchSize", 1_000),
            section.GetValue("HandledMessages", TimeSpan.FromDays(30)),
            section.GetValue("IdempotencyRecords", TimeSpan.FromDays(7)));
        if (settings.Every <= TimeSpan.Zero || settings.BatchSize < 1 || settings.HandledMessages <= TimeSpan.Zero
            || settings.IdempotencyRecords <= TimeSpan.Zero)
            throw new InvalidOperationException("Retention:Every, BatchSize, HandledMessages and IdempotencyRecords must be positive.");
        return settings;
    }
}
