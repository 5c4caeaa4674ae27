namespace Watchlist.WatchlistService.Entries;

// The closed vocabularies of API.md. On the wire they are SCREAMING_SNAKE_CASE.

public enum EntryKind { Person, Organisation, TravelDocument, OnlineIdentifier }

/// <summary>PENDING_APPROVAL and REJECTED exist only on four-eyes lists: an entry waiting for, or refused by, a second admin.</summary>
public enum EntryStatus { Active, Suspended, Delisted, Expired, PendingApproval, Rejected }

public enum NameType { Primary, Alias, WeakAlias }

public enum Gender { Male, Female, Unknown }

public enum DocumentType { Passport, NationalId, Visa, Other }

public enum IdentifierType { Phone, Email, SocialHandle, Website }

public enum Category { HumanTrafficking, MigrantSmuggling, CyberFraud, Sanctions, Wanted, MissingPerson, LostStolenDocument, Other }

/// <summary>What the officer must do on a hit.</summary>
public enum EntryAction { Arrest, RefuseEntry, SpecificCheck, DiscreetCheck, SeizeDocument, Protect, Inform }

public enum Severity { Critical, High, Medium, Low }
