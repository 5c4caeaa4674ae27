namespace Watchlist.Matching;

/// <summary>A postings list a query looks up, how much sharing it suggests a match, and how it is used.</summary>
internal readonly record struct CandidateKey(Postings Postings, double Weight, KeyRole Role);
