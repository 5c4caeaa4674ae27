namespace Watchlist.ServiceDefaults.PersonalData;

/// <summary>
/// The key store's one document: a data key that seals the personal data of one write (a screening, or a whole batch,
/// whose records reach retention together), wrapped under the master key. Deleting it is crypto-shredding: the events it
/// sealed stay byte for byte and can no longer be opened.
/// </summary>
public sealed record DataKey(Guid Id, string Wrapped, DateTimeOffset CreatedAt);

/// <summary>Personal data sealed with a data key (AES-256-GCM; the record's id is bound in as associated data).</summary>
public sealed record SealedData(Guid KeyId, Guid RecordId, string Nonce, string Ciphertext);
