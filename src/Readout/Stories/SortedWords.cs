using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Readout.Stories;

/// <summary>A set of words held once each in ordinal order, so a vector built from them needs no sorting; read and written as a JSON array.</summary>
[JsonConverter(typeof(SortedWordsJsonConverter))]
[CollectionBuilder(typeof(SortedWords), nameof(Create))]
public sealed class SortedWords : IReadOnlyList<string>
{
    public static readonly SortedWords Empty = new([]);

    private readonly ImmutableArray<string> words;

    private SortedWords(ImmutableArray<string> words) => this.words = words;

    public int Count => words.Length;

    public string this[int index] => words[index];

    public static SortedWords Create(ReadOnlySpan<string> words) => From(words.ToArray());

    public static SortedWords From(IEnumerable<string> words)
    {
        var given = words.ToArray();
        if (!OrdinalOrder.Holds(given))
        {
            Array.Sort(given, StringComparer.Ordinal);
        }

        var once = ImmutableArray.CreateBuilder<string>(given.Length);
        foreach (var word in given)
        {
            if (once.Count == 0 || once[^1] != word)
            {
                once.Add(word);
            }
        }

        return once.Count == 0 ? Empty : new(once.DrainToImmutable());
    }

    public bool Contains(string word) => words.AsSpan().BinarySearch(word, StringComparer.Ordinal) >= 0;

    public ImmutableArray<string>.Enumerator GetEnumerator() => words.GetEnumerator();

    IEnumerator<string> IEnumerable<string>.GetEnumerator() => ((IEnumerable<string>)words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)words).GetEnumerator();
}

internal sealed class SortedWordsJsonConverter : JsonConverter<SortedWords>
{
    public override SortedWords Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Sorted words are a JSON array of strings.");
        }

        var words = new List<string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            words.Add(reader.GetString()!);
        }

        return SortedWords.From(words);
    }

    public override void Write(Utf8JsonWriter writer, SortedWords value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var word in value)
        {
            writer.WriteStringValue(word);
        }

        writer.WriteEndArray();
    }
}
