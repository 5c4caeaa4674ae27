namespace Watchlist.Matching;

/// <summary>
/// A sound key that survives transliteration noise: consonants kept, every vowel group
/// reduced to one marker, so Yusuf and Yousef or Mohammed and Muhammad share a key while
/// Mahmud keeps its own. Single-syllable tokens (all Vietnamese and Chinese name parts)
/// get no key: there the vowel is the name, and Hoàng must not sound like Hương.
/// </summary>
internal static class PhoneticKey
{
    private const char VowelMark = 'a';


    /// <summary>The key for tokens of two or more syllables, else null.</summary>
    public static string? Of(string token) => Syllables(token) >= 2 ? Encode(token, keepVowels: true) : null;

    /// <summary>
    /// The consonants alone, for comparing with abjad transliterations such as "mhmd"
    /// (Arabic script carries no short vowels). Null for single-syllable tokens.
    /// </summary>
    public static string? ConsonantsOf(string token)
    {
        if (!IsSkeleton(token) && Syllables(token) < 2) return null;
        var key = Encode(token, keepVowels: false);
        return key.Length >= 3 ? key : null;
    }

    /// <summary>
    /// For a single syllable (length 2 or more), its spelling with the alternations of
    /// romanisation systems taken out, vowels otherwise kept: ou/oo → u, ee → i, doubled
    /// letters single, y → i after the first letter, q → k, c → k (but not in ch), ck → k,
    /// ph → f, ks → x, w → v. So Kym meets Kim, Goul meets Gul, Fam meets Phạm and Duk meets
    /// Đức, while Hung, Hang and Hong stay three names, and so do Chanh and Khanh. Null for
    /// other tokens.
    /// </summary>
    public static string? SyllableOf(string token)
    {
        if (token.Length < 2 || Syllables(token) != 1 || IsSkeleton(token)) return null;
        Span<char> key = stackalloc char[token.Length];
        var length = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            if ((c == 'o' && next is 'u' or 'o') || (c == 'e' && next == 'e'))
            {
                key[length++] = c == 'o' ? 'u' : 'i';
                i++;
                continue;
            }
            if (c == 'c' && next == 'k') continue;
            // Two letters for one sound: ph is f (Phạm / Fam), ks is x (Xuân / Ksuan). Vietnamese writes /k/ as c, k or q
            // by the vowel that follows, so they never tell two names apart; ch and kh are sounds of their own and stay.
            if ((c == 'p' && next == 'h') || (c == 'k' && next == 's'))
            {
                c = c == 'p' ? 'f' : 'x';
                i++;
            }
            else
                c = c switch
                {
                    'y' when i > 0 => 'i',
                    'q' => 'k',
                    'c' when next != 'h' => 'k',
                    'w' => 'v',
                    _ => c,
                };
            if (length > 0 && key[length - 1] == c) continue;
            key[length++] = c;
        }
        return new string(key[..length]);
    }

    /// <summary>
    /// For a token of two syllables or more, its spelling with the letters romanisations of Arabic disagree on made one
    /// (decision 0138): q / k / g / c and gh, d / z and dh (ذ ض ظ: Kazim / Kadhim), th / t, kh / h, sh / ch (ش, French
    /// "Charia"), w / ou / oo / u, y / ee / i, aa / a, ei / ay / ai, a final h after a vowel (Hamieh / Hamie), a doubled
    /// letter once. Vowels otherwise stay: the rest is compared as a typo, so Moreno / Mariana stay apart. Null otherwise.
    /// </summary>
    public static string? ArabicSpellingOf(string token)
    {
        if (Syllables(token) < 2 || IsSkeleton(token)) return null;
        Span<char> key = stackalloc char[token.Length];
        var length = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            if (next == 'h' && c is 'g' or 'k' or 'd' or 't' or 's' or 'c' or 'z')
            {
                c = c switch { 'g' => 'k', 'k' => 'h', 'd' or 'z' => 'd', 't' => 't', _ => 'x' };
                i++;
            }
            else if ((c == 'o' && next is 'u' or 'o') || (c == 'e' && next == 'e'))
            {
                c = c == 'o' ? 'u' : 'i';
                i++;
            }
            else if (c is 'a' or 'e' && next is 'i' or 'y')
            {
                // Sheibani / Shaybani, Obeidi / Ubaydi: one diphthong.
                if (length == 0 || key[length - 1] != 'a') key[length++] = 'a';
                c = 'i';
                i++;
            }
            else
                c = c switch
                {
                    'q' or 'g' or 'c' => 'k',
                    'z' => 'd',
                    'w' => 'u',
                    'y' when i > 0 => 'i',
                    'h' when next == '\0' && length > 0 && key[length - 1] is 'a' or 'e' or 'i' or 'o' or 'u' => '\0',
                    _ => c,
                };
            if (c == '\0' || (length > 0 && key[length - 1] == c)) continue;
            key[length++] = c;
        }
        return new string(key[..length]);
    }

    /// <summary>True for tokens such as "mhmd" that carry no vowels at all.</summary>
    public static bool IsSkeleton(string token)
    {
        if (token.Length < 3) return false;
        // A y inside a longer skeleton is Arabic's long vowel (ي): "rhym" is Rahim's skeleton; Kym stays a syllable.
        foreach (var c in token)
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or >= '0' and <= '9' || (c == 'y' && token.Length < 4)) return false;
        return true;
    }

    private static int Syllables(string token)
    {
        var groups = 0;
        var inVowel = false;
        for (var i = 0; i < token.Length; i++)
        {
            var vowel = IsVowel(token[i]) && !IsLeadingY(token, i);
            if (vowel && !inVowel) groups++;
            inVowel = vowel;
        }
        return groups;
    }

    private static string Encode(string token, bool keepVowels)
    {
        Span<char> key = stackalloc char[token.Length * 2 + 1];
        var length = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            if (IsVowel(c) && !IsLeadingY(token, i))
            {
                // Without vowels, a leading one goes too: Arabic script drops the initial alif or ayn (أحمد "hmd" / Ahmad).
                if (keepVowels) Push(key, ref length, VowelMark);
                continue;
            }
            if (c == 'h')
            {
                // Part of a digraph (kh, sh, th, ph were read at the consonant) or silent at the end.
                var previous = i > 0 ? token[i - 1] : '\0';
                if (i > 0 && (previous is 's' or 't' or 'd' or 'g' or 'c' or 'p' or 'k' or 'z' || next == '\0')) continue;
                Push(key, ref length, 'h');
                continue;
            }
            if (c is >= '0' and <= '9') continue;
            if (c == 'x')
            {
                Push(key, ref length, 'k');
                Push(key, ref length, 's');
                continue;
            }
            Push(key, ref length, c switch
            {
                'p' when next == 'h' => 'f',
                // Persian and Arabic romanisations write غ/ق as gh or q (Gholam / Qolam) and ژ as zh or j (Pezhman / Pejman).
                'g' when next == 'h' => 'k',
                'z' when next == 'h' => 'j',
                'k' when next == 'h' => 'h',
                'c' when next is 'e' or 'i' or 'y' => 's',
                'c' or 'q' => 'k',
                'z' => 's',
                'w' => 'v',
                _ => c,
            });
        }
        return new string(key[..length]);
    }

    // "Yusuf": a leading y before a vowel is a consonant.
    private static bool IsLeadingY(string token, int i) =>
        i == 0 && token[0] == 'y' && token.Length > 1 && IsVowel(token[1]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static void Push(Span<char> key, ref int length, char code)
    {
        if (length > 0 && key[length - 1] == code) return;
        key[length++] = code;
    }
}
