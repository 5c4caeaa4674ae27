using Watchlist.ServiceDefaults.Json;

namespace Watchlist.Alerts.Alerts.Raising;

/// <summary>
/// An alert's severity: the entry's own (which follows its action unless an admin set it), one level lower for a hit
/// in the REVIEW band, since an officer's second look is less urgent than a strong match.
/// </summary>
public static class AlertSeverities
{
    public static AlertSeverity Of(string entrySeverity, string entryAction, string band)
    {
        var severity = ApiNames.TryParse<AlertSeverity>(entrySeverity, out var s) ? s : FromAction(entryAction);
        return band == "REVIEW" && severity < AlertSeverity.Low ? severity + 1 : severity;
    }

    private static AlertSeverity FromAction(string action) => action switch
    {
        "ARREST" => AlertSeverity.Critical,
        "REFUSE_ENTRY" or "SEIZE_DOCUMENT" or "PROTECT" => AlertSeverity.High,
        "SPECIFIC_CHECK" or "DISCREET_CHECK" => AlertSeverity.Medium,
        _ => AlertSeverity.Low,
    };
}
