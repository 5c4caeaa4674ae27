namespace Watchlist.Tests.Deployment.Rendering;

/// <summary>registry/repository:tag@digest, split the way Docker reads it.</summary>
public sealed record ImageReference(string Repository, string? Tag, string? Digest)
{
    public static ImageReference Parse(string reference)
    {
        string? digest = null;
        var at = reference.IndexOf('@');
        if (at >= 0)
        {
            digest = reference[(at + 1)..];
            reference = reference[..at];
        }
        // A colon after the last slash separates the tag; one before it is a registry's port.
        var colon = reference.LastIndexOf(':');
        return colon > reference.LastIndexOf('/')
            ? new ImageReference(reference[..colon], reference[(colon + 1)..], digest)
            : new ImageReference(reference, null, digest);
    }
}
