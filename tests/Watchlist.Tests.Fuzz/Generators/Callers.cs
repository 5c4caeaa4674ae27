using CsCheck;

namespace Watchlist.Tests.Fuzz.Generators;

/// <summary>Who sends a request: a development token for a role and agency, no token, or a token that must fail.</summary>
public sealed record Caller(string? Role, string Agency = Caller.Home, string? Forged = null)
{
    /// <summary>The agency that owns the fuzz targets.</summary>
    public const string Home = "VN-MPS";
    public const string Other = "KH-GDI";

    public static Caller Anonymous { get; } = new((string?)null);

    public override string ToString() => Forged is not null ? $"forged token ({Forged})" : Role is null ? "no token" : $"{Role}@{Agency}";

    /// <summary>Mostly the endpoint's own role at home, so hostile input reaches the service; else another agency, role or token.</summary>
    public static Gen<Caller> For(string role) => Gen.Frequency(
        (16, Gen.Const(new Caller(role))),
        (2, Gen.Const(new Caller(role, Other))),
        (1, Gen.OneOf("admin", "officer", "command-centre", "auditor", "root", "")
            .Where(r => r != role).Select(r => new Caller(r))),
        (1, Gen.Const(Anonymous)),
        (1, Hostile.Poison.Select(p => new Caller(role, Home + p))),
        (1, Gen.OneOf("garbage", "alg-none", "wrong-key", "empty", "two-parts").Select(f => new Caller(role, Home, f))));
}
