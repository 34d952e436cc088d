using System.Collections.Frozen;
using System.Collections.Immutable;
using Readout.Data;
using Readout.Pipeline;

namespace Readout.Text;

/// <summary>
/// Splits cleaned text into sentences: a break after . ! ? (and closing quotes or brackets)
/// when followed by space and an upper-case letter, digit or opening quote; never after a
/// known abbreviation or a single initial; always at a paragraph break.
/// </summary>
public sealed class SentenceSplitter : IAnnotator
{
    private static readonly Lazy<FrozenSet<string>> Abbreviations = new(() =>
        DataFile.Lines("abbreviations.txt").Select(line => line.Trim()).ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    public Document Annotate(Document document) => document.With(new SentenceLayer(Split(document.Text)));

    public static ImmutableArray<TextSpan> Split(string text)
    {
        var sentences = ImmutableArray.CreateBuilder<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                Add(sentences, text, start, i);
                start = i + 1;
                continue;
            }

            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or ']' or '»')
            {
                end++;
            }

            if (end >= text.Length || !char.IsWhiteSpace(text[end]))
            {
                continue;
            }

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            var lineBreak = text.AsSpan(end, next - end).Contains('\n');
            if (next < text.Length && !lineBreak && !StartsSentence(text[next]))
            {
                continue;
            }

            if (c == '.' && !lineBreak && IsAbbreviation(text, i))
            {
                continue;
            }

            Add(sentences, text, start, end);
            start = end;
            i = end - 1;
        }

        Add(sentences, text, start, text.Length);
        return sentences.ToImmutable();
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '«' or '(' or '[';

    /// <summary>The word before the period at <paramref name="dot"/> is an abbreviation or an initial.</summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        var begin = dot;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '.'))
        {
            begin--;
        }

        var word = text[begin..dot];
        return word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Value.Contains(word);
    }

    private static void Add(ImmutableArray<TextSpan>.Builder sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }
}
