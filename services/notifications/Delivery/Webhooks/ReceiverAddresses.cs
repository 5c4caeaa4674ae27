using System.Net;
using System.Net.Sockets;

namespace Watchlist.Notifications.Delivery.Webhooks;

/// <summary>What kind of network an address a webhook would be sent to belongs to.</summary>
public enum AddressScope
{
    /// <summary>Globally routable: an ordinary receiver on the internet.</summary>
    Public,
    /// <summary>127.0.0.0/8 and ::1: this very machine, allowed only by configuration.</summary>
    Loopback,
    /// <summary>Private, link-local (cloud metadata), shared, multicast, reserved or unspecified: never a receiver.</summary>
    Internal,
}

/// <summary>
/// Classifies addresses by the IANA special-purpose registries, so that a subscriber cannot turn our webhooks into
/// requests to the cluster's own network or the cloud's metadata service. IPv6 forms that carry an IPv4 address
/// (mapped, compatible, NAT64, 6to4) are judged by the IPv4 address they carry.
/// </summary>
public static class ReceiverAddresses
{
    private static readonly IPNetwork[] InternalV4 = Networks(
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24",
        "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4");

    private static readonly IPNetwork[] InternalV6 = Networks(
        "::/128", "100::/64", "2001::/23", "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8", "3fff::/20", "5f00::/16");

    private static readonly IPNetwork Loopback4 = IPNetwork.Parse("127.0.0.0/8");
    private static readonly IPNetwork Compatible = IPNetwork.Parse("::/96");
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork Nat64Local = IPNetwork.Parse("64:ff9b:1::/48");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    public static AddressScope ScopeOf(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork) return ScopeOfV4(address);
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return AddressScope.Internal;
        if (address.IsIPv4MappedToIPv6) return ScopeOfV4(address.MapToIPv4());
        if (address.Equals(IPAddress.IPv6Loopback)) return AddressScope.Loopback;
        var bytes = address.GetAddressBytes();
        // ::a.b.c.d (deprecated "compatible") and the NAT64 prefix reach the IPv4 address in their last four bytes.
        if (Compatible.Contains(address) || Nat64.Contains(address)) return ScopeOfV4(new IPAddress(bytes[12..]));
        if (SixToFour.Contains(address)) return ScopeOfV4(new IPAddress(bytes[2..6]));
        if (Nat64Local.Contains(address)) return AddressScope.Internal;
        return InternalV6.Any(n => n.Contains(address)) ? AddressScope.Internal : AddressScope.Public;
    }

    private static AddressScope ScopeOfV4(IPAddress address) =>
        Loopback4.Contains(address) ? AddressScope.Loopback
        : InternalV4.Any(n => n.Contains(address)) || address.Equals(IPAddress.Broadcast) ? AddressScope.Internal
        : AddressScope.Public;

    private static IPNetwork[] Networks(params string[] cidrs) => cidrs.Select(IPNetwork.Parse).ToArray();
}
