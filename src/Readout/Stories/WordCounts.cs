using System.Collections;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Readout.Stories;

/// <summary>
/// Words with their counts, held in ordinal order of the words (a word given twice counts once
/// with both counts added), so a vector built from them needs no sorting; read and written as a
/// JSON object of word to count.
/// </summary>
[JsonConverter(typeof(WordCountsJsonConverter))]
public sealed class WordCounts : IReadOnlyCollection<KeyValuePair<string, int>>
{
    public static readonly WordCounts Empty = new([], []);

    private WordCounts(ImmutableArray<string> words, ImmutableArray<int> counts) => (Keys, Counts) = (words, counts);

    /// <summary>The words, in ordinal order.</summary>
    public ImmutableArray<string> Keys { get; }

    /// <summary>Each word's count, in the order of <see cref="Keys"/>.</summary>
    public ImmutableArray<int> Counts { get; }

    public int Count => Keys.Length;

    /// <summary>The word's count; throws when the word is not here.</summary>
    public int this[string word] => IndexOf(word) is >= 0 and var index ? Counts[index] : throw new KeyNotFoundException($"'{word}' is not counted here.");

    public static WordCounts From(IEnumerable<KeyValuePair<string, int>> counts)
    {
        var pairs = counts.ToArray();
        var (given, amounts) = (new string[pairs.Length], new int[pairs.Length]);
        for (var i = 0; i < pairs.Length; i++)
        {
            (given[i], amounts[i]) = (pairs[i].Key, pairs[i].Value);
        }

        if (!OrdinalOrder.Holds(given))
        {
            Array.Sort(given, amounts, StringComparer.Ordinal);
        }

        var words = ImmutableArray.CreateBuilder<string>(given.Length);
        var sums = ImmutableArray.CreateBuilder<int>(given.Length);
        for (var i = 0; i < given.Length; i++)
        {
            if (words.Count > 0 && words[^1] == given[i])
            {
                sums[^1] += amounts[i];
            }
            else
            {
                words.Add(given[i]);
                sums.Add(amounts[i]);
            }
        }

        return words.Count == 0 ? Empty : new(words.DrainToImmutable(), sums.DrainToImmutable());
    }

    public bool ContainsKey(string word) => IndexOf(word) >= 0;

    public IEnumerator<KeyValuePair<string, int>> GetEnumerator()
    {
        for (var i = 0; i < Keys.Length; i++)
        {
            yield return KeyValuePair.Create(Keys[i], Counts[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string word) => Keys.AsSpan().BinarySearch(word, StringComparer.Ordinal) is >= 0 and var index ? index : -1;
}

internal sealed class WordCountsJsonConverter : JsonConverter<WordCounts>
{
    public override WordCounts Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Word counts are a JSON object of word to count.");
        }

        var counts = new List<KeyValuePair<string, int>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var word = reader.GetString()!;
            reader.Read();
            counts.Add(KeyValuePair.Create(word, reader.GetInt32()));
        }

        return WordCounts.From(counts);
    }

    public override void Write(Utf8JsonWriter writer, WordCounts value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (word, count) in value)
        {
            writer.WriteNumber(word, count);
        }

        writer.WriteEndObject();
    }
}
