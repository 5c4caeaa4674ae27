using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Marten;

namespace Watchlist.ServiceDefaults.PersonalData;

/// <summary>
/// Seals and opens personal data with per-write data keys kept in the key store (<see cref="DataKey"/> documents, wrapped
/// under the master key, which is never in the database). A new key is stored in the caller's session, so the key and the
/// records it seals commit together or not at all. Opening with a shredded key answers null: the caller shows pseudonyms.
/// </summary>
public sealed class PersonalDataVault(PersonalDataSettings settings)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public sealed record OpenKey(Guid Id, byte[] Key);

    public OpenKey NewKey(IDocumentSession session, DateTimeOffset at)
    {
        var key = new OpenKey(Guid.CreateVersion7(at), RandomNumberGenerator.GetBytes(32));
        session.Store(new DataKey(key.Id, Convert.ToBase64String(Encrypt(settings.MasterKey, key.Key, key.Id)), at));
        return key;
    }

    public SealedData Seal<T>(OpenKey key, Guid recordId, T clear)
    {
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var plain = JsonSerializer.SerializeToUtf8Bytes(clear, Json);
        var cipher = new byte[plain.Length + AesGcm.TagByteSizes.MaxSize];
        using var aes = new AesGcm(key.Key, AesGcm.TagByteSizes.MaxSize);
        aes.Encrypt(nonce, plain, cipher.AsSpan(0, plain.Length), cipher.AsSpan(plain.Length), recordId.ToByteArray());
        return new SealedData(key.Id, recordId, Convert.ToBase64String(nonce), Convert.ToBase64String(cipher));
    }

    /// <summary>The keys of these records that still exist, unwrapped; one query for any number of records.</summary>
    public async Task<IReadOnlyDictionary<Guid, byte[]>> KeysAsync(IQuerySession session, IEnumerable<SealedData?> sealedData,
        CancellationToken ct)
    {
        var ids = sealedData.OfType<SealedData>().Select(s => s.KeyId).Distinct().ToArray();
        if (ids.Length == 0) return new Dictionary<Guid, byte[]>();
        var keys = await session.LoadManyAsync<DataKey>(ct, ids);
        return keys.ToDictionary(k => k.Id, k => Decrypt(settings.MasterKey, Convert.FromBase64String(k.Wrapped), k.Id));
    }

    /// <summary>The clear data, or null when its key was shredded.</summary>
    public T? Open<T>(IReadOnlyDictionary<Guid, byte[]> keys, SealedData sealedData) where T : class
    {
        if (!keys.TryGetValue(sealedData.KeyId, out var key)) return null;
        var plain = Decrypt(key, Convert.FromBase64String(sealedData.Ciphertext), sealedData.RecordId,
            Convert.FromBase64String(sealedData.Nonce));
        return JsonSerializer.Deserialize<T>(plain, Json);
    }

    private static byte[] Encrypt(byte[] key, byte[] plain, Guid boundTo)
    {
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var output = new byte[nonce.Length + plain.Length + AesGcm.TagByteSizes.MaxSize];
        nonce.CopyTo(output, 0);
        using var aes = new AesGcm(key, AesGcm.TagByteSizes.MaxSize);
        aes.Encrypt(nonce, plain, output.AsSpan(nonce.Length, plain.Length), output.AsSpan(nonce.Length + plain.Length),
            boundTo.ToByteArray());
        return output;
    }

    private static byte[] Decrypt(byte[] key, byte[] wrapped, Guid boundTo)
    {
        var n = AesGcm.NonceByteSizes.MaxSize;
        return Decrypt(key, wrapped.AsSpan(n).ToArray(), boundTo, wrapped.AsSpan(0, n).ToArray());
    }

    private static byte[] Decrypt(byte[] key, byte[] cipherAndTag, Guid boundTo, byte[] nonce)
    {
        var t = AesGcm.TagByteSizes.MaxSize;
        var plain = new byte[cipherAndTag.Length - t];
        using var aes = new AesGcm(key, t);
        aes.Decrypt(nonce, cipherAndTag.AsSpan(0, plain.Length), cipherAndTag.AsSpan(plain.Length), plain, boundTo.ToByteArray());
        return plain;
    }
}
