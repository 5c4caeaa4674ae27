using MassTransit;
using Watchlist.Contracts.Alerts;

namespace Watchlist.Tests.Integration.Notifications;

/// <summary>
/// Alert events as the alerts service publishes them, sent straight onto the bus so that the notifications
/// service is tested on its own contract, with a MessageId as the forwarder sets it.
/// </summary>
public static class AlertMessages
{
    /// <param name="audience">Who may see the alert: by default its owner VN-MPS and the screening agency KH-GDI.</param>
    public static AlertRaised Raised(
        Guid? alertId = null, string severity = "CRITICAL", string borderPost = "VN-TSN", string[]? audience = null,
        string[]? lists = null, string category = "HUMAN_TRAFFICKING", string action = "ARREST", string entryName = "Nguyễn Văn Hùng") =>
        new(alertId ?? Guid.NewGuid(), 1, "OPEN", severity, 0, borderPost, Guid.NewGuid(), entryName, action,
            lists ?? ["trafficking-suspects"], category, ["*"], "VN-MPS", false, DateTimeOffset.UtcNow, "RAISED", "RAISED",
            new AlertAudience(audience ?? ["VN-MPS", "KH-GDI"]));

    public static AlertChanged Changed(AlertRaised raised, int version, string status) =>
        new(raised.AlertId, version, status, raised.Severity, 0, raised.BorderPost, raised.EntryId, raised.EntryName, raised.Action,
            raised.Lists, raised.Category, raised.ReleasableTo, raised.OwnerAgency, false, DateTimeOffset.UtcNow, "CHANGED", "ACKNOWLEDGED",
            raised.Audience);

    /// <summary>Publishes with an explicit MessageId, so that publishing the same id again is a redelivery.</summary>
    public static Task PublishAsync<T>(this IBus bus, T message, Guid messageId) where T : class =>
        bus.Publish(message, ctx => ctx.MessageId = messageId);
}
