using System.Net;

namespace Watchlist.Notifications.Delivery.Webhooks;

/// <summary>
/// Where webhooks may go. A subscriber names the URL, so without this policy the platform would send requests, on the
/// subscriber's behalf, into its own network (databases, the broker, the cloud's metadata service) and report back what
/// answered. Only public addresses are receivers; loopback and internal hosts only where the operator says so
/// (<c>Webhooks:AllowLoopback</c>, <c>Webhooks:AllowedHosts</c>). The URL is checked when a subscription is created and
/// every address its host resolves to is checked again when a request is sent (<see cref="WebhookConnector"/>).
/// </summary>
public sealed class WebhookDestinations(bool allowLoopback, IReadOnlyList<string> allowedHosts, IReadOnlyList<IPNetwork> allowedNetworks)
{
    public const int MaxUrlLength = 2048;
    public const string NotAllowed = "The receiver's address is not allowed: webhooks go to public addresses only.";

    /// <summary>Names that only mean something inside a network (RFC 6761, RFC 8375, cloud metadata, Kubernetes services).</summary>
    private static readonly string[] InternalSuffixes =
        [".localhost", ".local", ".internal", ".localdomain", ".home.arpa", ".intranet", ".lan", ".corp", ".svc"];

    public static WebhookDestinations From(IConfiguration c, IHostEnvironment environment)
    {
        var entries = (c.GetSection("Webhooks:AllowedHosts").Get<string[]>() ?? [])
            .Concat((c["Webhooks:AllowedHosts"] ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
            .Select(e => e.Trim().TrimEnd('.').ToLowerInvariant()).Where(e => e.Length > 0).Distinct().ToList();
        var networks = entries.Select(NetworkOf).OfType<IPNetwork>().ToList();
        var hosts = entries.Where(e => NetworkOf(e) is null).ToList();
        // Development may send to a receiver on the developer's own machine unless told otherwise.
        return new(c.GetValue("Webhooks:AllowLoopback", environment.IsDevelopment()), hosts, networks);
    }

    /// <returns>Why the URL may not be a webhook, or null when it may.</returns>
    public string? RefusalOf(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > MaxUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https"))
            return $"An absolute http or https URL of at most {MaxUrlLength} characters is required.";
        if (uri.UserInfo.Length > 0) return "The URL must not carry a user name or password; the signature authenticates the platform.";
        if (uri.Fragment.Length > 0) return "The URL must not carry a fragment.";
        // Uri has already read every IPv4 spelling (2852039166, 0251.0376.0251.0376, 0xa9fea9fe) as dotted decimal.
        var host = uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 ? uri.Host.Trim('[', ']') : uri.IdnHost;
        if (IPAddress.TryParse(host, out var literal)) return Permits(host, literal) ? null : NotAllowed;
        var name = HostName(host);
        return IsHostAllowed(host) || allowLoopback && IsLoopbackName(name) || !IsInternalName(name) ? null : NotAllowed;
    }

    /// <summary>At delivery, for each address the host resolved to: public, or loopback when allowed, or explicitly allowed.</summary>
    public bool Permits(string host, IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IsHostAllowed(host) || allowedNetworks.Any(n => n.Contains(address))) return true;
        return ReceiverAddresses.ScopeOf(address) switch
        {
            AddressScope.Public => true,
            AddressScope.Loopback => allowLoopback,
            _ => false,
        };
    }

    private bool IsHostAllowed(string host)
    {
        var name = HostName(host);
        return allowedHosts.Any(a =>
            a == name || a.StartsWith("*.", StringComparison.Ordinal) && name.EndsWith(a[1..], StringComparison.Ordinal));
    }

    /// <summary>Passes creation only; at delivery what the name resolves to must still be loopback.</summary>
    private static bool IsLoopbackName(string name) => name == "localhost" || name.EndsWith(".localhost", StringComparison.Ordinal);

    private static IPNetwork? NetworkOf(string entry) =>
        IPNetwork.TryParse(entry, out var network) ? network
        : IPAddress.TryParse(entry, out var address) ? new IPNetwork(address, address.GetAddressBytes().Length * 8)
        : null;

    private static string HostName(string host) => host.Trim('[', ']').TrimEnd('.').ToLowerInvariant();

    /// <summary>A single-label name ("postgres", "metadata") is resolved by the search path of the platform's own network.</summary>
    private static bool IsInternalName(string name) =>
        !name.Contains('.') || name == "localhost" || InternalSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal));
}
