using System.Collections.Immutable;
using Readout.Core;
using Readout.Tokens;

namespace Readout.Events;

/// <summary>
/// One sentence as the event coder reads it, over the shared <see cref="TokenView"/>: its tokens,
/// their plain lower-case words and the clause each token belongs to (clauses end at the boundary cues).
/// </summary>
public sealed class SentenceView
{
    private SentenceView(string text, TextSpan span, ImmutableArray<ViewToken> tokens, ImmutableArray<string> words, ImmutableArray<bool> capitalized, ImmutableArray<int> clause)
    {
        Text = text;
        Span = span;
        Tokens = tokens;
        Words = words;
        Capitalized = capitalized;
        Clause = clause;
    }

    public string Text { get; }

    public TextSpan Span { get; }

    public ImmutableArray<ViewToken> Tokens { get; }

    /// <summary>Lower-cased token texts, with typographic apostrophes made plain.</summary>
    public ImmutableArray<string> Words { get; }

    /// <summary>Whether each token starts with a capital letter other than at the start of the sentence.</summary>
    public ImmutableArray<bool> Capitalized { get; }

    /// <summary>The clause number of each token.</summary>
    public ImmutableArray<int> Clause { get; }

    public static SentenceView Of(TokenView view, TextSpan span, SentenceCues cues)
    {
        var tokens = view.IndexesIn(span) is { } range ? view.All[range.First..(range.Last + 1)] : [];
        var words = tokens.Select(t => t.Plain).ToImmutableArray();
        var clause = ImmutableArray.CreateBuilder<int>(tokens.Length);
        var current = 0;
        foreach (var word in words)
        {
            if (cues.Boundaries.Contains(word))
            {
                current++;
            }

            clause.Add(current);
        }

        var capitalized = tokens.Select((t, i) => i > 0 && t.Capitalized).ToImmutableArray();
        return new SentenceView(view.Text, span, tokens, words, capitalized, clause.MoveToImmutable());
    }

    /// <summary>The first token of the clause that holds token <paramref name="index"/>.</summary>
    public int ClauseStart(int index)
    {
        var start = index;
        while (start > 0 && Clause[start - 1] == Clause[index])
        {
            start--;
        }

        return start;
    }

    /// <summary>The token range that covers the characters [start, end), or null.</summary>
    public (int First, int Last)? TokenRange(int start, int end)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < Tokens.Length; i++)
        {
            if (Tokens[i].Start < end && start < Tokens[i].End)
            {
                first = first < 0 ? i : first;
                last = i + 1;
            }
        }

        return first < 0 ? null : (first, last);
    }

    /// <summary>
    /// Where <paramref name="phrase"/> starts when it ends at most <paramref name="window"/> words
    /// before token <paramref name="index"/>, in its clause and not before <paramref name="notBefore"/>; else null.
    /// </summary>
    public int? PhraseBefore(ImmutableArray<string> phrase, int index, int window, int notBefore)
    {
        for (var end = index; end >= Math.Max(index - window, notBefore + phrase.Length); end--)
        {
            var start = end - phrase.Length;
            if (start >= 0 && Clause[start] == Clause[index] && PhraseAt(phrase, start))
            {
                return start;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="phrase"/> starts at most <paramref name="window"/> words after <paramref name="index"/>, in its clause.</summary>
    public bool PhraseAfter(ImmutableArray<string> phrase, int index, int window)
    {
        for (var start = index; start <= index + window && start + phrase.Length <= Words.Length; start++)
        {
            if (index > 0 && Clause[start] == Clause[index - 1] && PhraseAt(phrase, start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words from <paramref name="start"/> are the phrase, in lower case in the text
    /// ("May" is a month, not a cue); a cue word starting with an apostrophe matches a word's ending ("didn't").
    /// </summary>
    public bool PhraseAt(ImmutableArray<string> phrase, int start)
    {
        if (start < 0 || start + phrase.Length > Words.Length)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            var cue = phrase[k];
            var word = Words[start + k];
            var matches = (cue == word && !Capitalized[start + k]) || ((cue.StartsWith('\'') || cue.StartsWith("n'", StringComparison.Ordinal)) && word.EndsWith(cue, StringComparison.Ordinal));
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }
}
