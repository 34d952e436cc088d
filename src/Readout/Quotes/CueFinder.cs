using Readout.Core;
using Readout.Sentences;
using Readout.Tokens;

namespace Readout.Quotes;

/// <summary>
/// Finds the cue of a quotation: in its sentence, a cue verb with its subject right after the
/// quotation ("...," Ushakov added / said the aide / ― Ana Lopez), or before it (He noted that
/// "...", X said: "..."), or "according to X"; a second cue or "according to" before that gives
/// who relayed the words. Failing those, a cue closing the sentence before ("..., Schiff said.
/// "..."), or that sentence's subject when the quotation follows it with no cue at all.
/// </summary>
public sealed class CueFinder(TokenView words, IReadOnlyList<QuotedSpan> units)
{
    private const int MaxAfterWords = 14;
    private const int MaxBeforeWords = 45;
    private const int MaxPhraseWords = 8;
    private const int MaxSubjectTokens = 14;

    public Attribution? Find(int unit) => After(unit) ?? Before(unit) ?? PreviousSentence(unit);

    /// <summary>"..., Schiff said. "The other factor ...": the cue closing the sentence just before the quotation.</summary>
    private Attribution? PreviousSentence(int unit)
    {
        var stop = words.FirstFrom(units[unit].Open) - 1;
        if (stop < 2 || !EndsSentence(stop) || words.LineBreakBefore(stop + 1) || unit > 0 && words[stop].Start <= units[unit - 1].Close)
        {
            return null;
        }

        var cue = stop - 1;
        var subject = CueLength(cue) == 1 ? SubjectBefore(cue, Math.Max(0, cue - MaxPhraseWords)) : null;
        if (subject is { } named && words[words.FirstFrom(named.Start) - 1].Text is "," or ".")
        {
            return new Attribution(named, words[cue].Span);
        }

        // "Sanders identified young voters as the key. "The younger people are ..."": the person the sentence before is about.
        var first = stop;
        while (first > 0 && !EndsSentence(first - 1) && !words.LineBreakBefore(first) && (unit == 0 || words[first - 1].Start > units[unit - 1].Close))
        {
            first--;
        }

        var reachedPrevious = unit > 0 && first > 0 && words[first - 1].Start <= units[unit - 1].Close;
        return !reachedPrevious && SentenceSubject(first, stop) is { } about
            && words[words.FirstFrom(about.End) - 1].Capitalized
            ? new Attribution(about, null)
            : null;
    }

    /// <summary>The words from the start of the quotation's sentence (or the previous quotation) to its opening mark.</summary>
    public (int First, int Last) BeforeFrame(int unit)
    {
        var last = words.FirstFrom(units[unit].Open) - 1;
        var first = last + 1;
        var previousClose = unit > 0 ? units[unit - 1].Close : -1;
        while (first - 1 >= 0 && last - first < MaxBeforeWords)
        {
            var candidate = first - 1;
            var lineBreak = words.LineBreakBefore(candidate + 1) && !(candidate + 1 == last + 1 && words[candidate].Text == ":");
            if (words[candidate].Start <= previousClose || EndsSentence(candidate) || lineBreak)
            {
                break;
            }

            first = candidate;
        }

        return (first, last);
    }

    /// <summary>The previous quotation closes inside this one's sentence.</summary>
    public bool SharesSentenceWithPrevious(int unit)
    {
        if (unit == 0)
        {
            return false;
        }

        var from = words.FirstFrom(units[unit - 1].Close);
        var to = words.FirstFrom(units[unit].Open);
        return units[unit - 1].Close < units[unit].Open
            && !Enumerable.Range(from, to - from).Any(i => EndsSentence(i) || i > from && words.LineBreakBefore(i))
            && !units[unit - 1].Inside.Of(words.Text).TrimEnd().EndsWith('.');
    }

    private Attribution? After(int unit)
    {
        var quote = units[unit];
        var first = words.FirstFrom(quote.Close + 1);
        if (first < words.Count && words[first].Text is "―" or "—" or "–" && !words.LineBreakBefore(first) && SignedBy(first) is { } signature)
        {
            return new Attribution(signature, words[first].Span);
        }

        while (first < words.Count && words[first].Text is "," or "—" or "–" or "-" && !words.LineBreakBefore(first))
        {
            first++;
        }

        if (first >= words.Count || words.LineBreakBefore(first) || words[first].Start <= quote.Close)
        {
            return null;
        }

        var last = first;
        var nextOpen = unit + 1 < units.Count ? units[unit + 1].Open : int.MaxValue;
        while (last + 1 < words.Count && last + 1 - first < MaxAfterWords && words[last + 1].Start < nextOpen
            && !words.LineBreakBefore(last + 1) && !EndsSentence(last))
        {
            last++;
        }

        var endsSentence = quote.End > quote.Start && words.Text[quote.End - 1] is '.' or '!' or '?';
        for (var i = first; i <= last; i++)
        {
            if (IsAccordingTo(i) && i == first)
            {
                var source = PhraseForward(i + 2, last, trimToName: true);
                return source is null ? null : new Attribution(source, words.SpanOf(i, i + 1));
            }

            var cueLength = CueLength(i);
            if (cueLength == 0)
            {
                continue;
            }

            var cue = words.SpanOf(i, i + cueLength - 1);
            var subject = i == first ? PhraseForward(SkipAuxiliaries(i + cueLength, last), last, trimToName: true) : SubjectBefore(i, first);
            if (subject is null || i > first && !OnlyNameWordsBetween(first, subject.Value.Start) && !ClosesSentence(subject.Value, i + cueLength, last))
            {
                return null;
            }

            // "...going." Trump said Monday that ...: a new sentence, not this quotation's cue.
            var clauseEnd = words.FirstFrom(Math.Max(subject.Value.End, cue.End));
            if (endsSentence && words[first].Capitalized && !Enumerable.Range(clauseEnd, 3).Any(k => k >= words.Count || k <= last && (EndsSentence(k) || words[k].Text == ",")))
            {
                return null;
            }

            return new Attribution(subject, cue, Channel: ChannelAfter(i + cueLength, last), Audience: AudienceAfter(i, cueLength, last));
        }

        return AccordingToClosing(first);
    }

    /// <summary>", according to Ushakov." closing the quotation's sentence.</summary>
    private Attribution? AccordingToClosing(int first)
    {
        for (var i = first; i + 2 < words.Count && i - first < MaxBeforeWords && !words.LineBreakBefore(i + 1); i++)
        {
            if (EndsSentence(i) || units.Any(u => u.Open == words[i].Start))
            {
                return null;
            }

            if (IsAccordingTo(i) && i > first && words[i - 1].Text == "," && PhraseForward(i + 2, words.Count - 1, trimToName: true) is { } source
                && words.FirstFrom(source.End) is var next && (next >= words.Count || EndsSentence(next)))
            {
                return new Attribution(source, words.SpanOf(i, i + 1));
            }
        }

        return null;
    }

    private Attribution? Before(int unit)
    {
        var (first, last) = BeforeFrame(unit);
        for (var i = last; i >= first; i--)
        {
            if (IsAccordingTo(i) && i + 1 <= last)
            {
                var source = PhraseForward(i + 2, last, trimToName: true);
                return source is null ? null : new Attribution(source, words.SpanOf(i, i + 1));
            }

            var cueLength = CueLength(i);
            if (cueLength == 0 || i + cueLength - 1 > last)
            {
                continue;
            }

            var cue = words.SpanOf(i, i + cueLength - 1);
            var participle = words[i].Text.EndsWith("ing", StringComparison.Ordinal);
            var subject = SubjectBefore(i, first) is { } before && (!participle || words[words.FirstFrom(before.End) - 1].Capitalized) ? before : (TextSpan?)null;
            var channel = ChannelAfter(i + cueLength, last);
            var audience = AudienceAfter(i, cueLength, last);
            if (subject is null && i == first && PhraseForward(i + cueLength, last, trimToName: true) is { } inverted
                && words[words.FirstFrom(inverted.Start)].Capitalized)
            {
                // "Said Ellis: ..."
                return new Attribution(inverted, cue, Channel: channel, Audience: audience);
            }

            if (subject is null)
            {
                return new Attribution(SentenceSubject(first, i), cue, Channel: channel, Audience: audience, SameAsPrevious: SharesSentenceWithPrevious(unit));
            }

            return new Attribution(subject, cue, RelayedBy(first, words.FirstFrom(subject.Value.Start) - 1), channel, audience);
        }

        // "Sanders made the following comment: ...": a colon hands the quotation to the sentence's subject.
        return last >= first && words[last].Text == ":" && SentenceSubject(first, last) is { } introducer ? new Attribution(introducer, words[last].Span) : null;
    }

    /// <summary>"White House press secretary Josh Earnest said": words of the subject's description before it.</summary>
    private bool OnlyNameWordsBetween(int first, int subjectStart)
    {
        for (var i = first; i < words.Count && words[i].Start < subjectStart; i++)
        {
            if (!words[i].IsLetters && words[i].Text != "." || QuoteLexicon.ClassOf(words[i].Text) is WordClass.Boundary or WordClass.Auxiliary || CueLength(i) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"... ― Adriana Rodarte" closing the line: the name signs the quotation.</summary>
    private TextSpan? SignedBy(int dash)
    {
        var first = dash + 1;
        if (first >= words.Count)
        {
            return null;
        }

        var last = first;
        while (last + 1 < words.Count && !words.LineBreakBefore(last + 1) && last - first < 6)
        {
            last++;
        }

        var signature = Enumerable.Range(first, last - first + 1).Where(i => words[i].IsLetters).ToList();
        var endsLine = last + 1 >= words.Count || words.LineBreakBefore(last + 1);
        return endsLine && signature.Count > 0 && signature.All(i => words[i].Capitalized) ? words.SpanOf(first, signature[^1]) : null;
    }

    /// <summary>", Warren said." at the end of the sentence: the cue of everything before it.</summary>
    private bool ClosesSentence(TextSpan subject, int afterCue, int last)
    {
        var before = words.FirstFrom(subject.Start) - 1;
        return words[before].Text == "," && (afterCue > last || EndsSentence(afterCue) || afterCue == last && EndsSentence(last));
    }

    /// <summary>Who relays the words: "according to X" or another cue's subject before the speaker's cue.</summary>
    private TextSpan? RelayedBy(int first, int last)
    {
        for (var i = last; i >= first; i--)
        {
            if (IsAccordingTo(i))
            {
                return PhraseForward(i + 2, last, trimToName: true);
            }

            if (CueLength(i) > 0 && SubjectBefore(i, first) is { } relay)
            {
                return relay;
            }
        }

        return null;
    }

    /// <summary>The subject a participle cue leans on: the sentence's opening phrase ("Zelensky ..., stating ...").</summary>
    private TextSpan? SentenceSubject(int first, int cue)
    {
        // The subject opens the sentence or follows an opening phrase set off by commas ("Following the meeting, the Council ...").
        foreach (var start in Enumerable.Range(first, cue - first).Where(i => i == first || words[i - 1].Text == ","))
        {
            var phrase = PhraseForward(start, cue - 1, trimToName: true);
            if (phrase is { } span && words.IndexesIn(span) is { } range && !words[range.First].Text.EndsWith("ing", StringComparison.Ordinal)
                && (words[range.Last].Capitalized && !IsPossessive(range.Last) || IsPronoun(range.First)))
            {
                return span;
            }
        }

        return null;
    }

    /// <summary>"cynically", "angrily": a lower-case -ly word between subject and cue.</summary>
    private bool IsLowerCaseAdverb(int i) => !words[i].Capitalized && words[i].Text.Length > 4 && words[i].Text.EndsWith("ly", StringComparison.Ordinal);

    private bool IsPossessive(int i) => words[i].Text.EndsWith("'s", StringComparison.Ordinal) || words[i].Text.EndsWith("’s", StringComparison.Ordinal);

    /// <summary>The noun phrase ending just before the cue verb, across adverbs and auxiliaries ("The diplomat also noted").</summary>
    private TextSpan? SubjectBefore(int cue, int first)
    {
        var end = cue - 1;
        while (end >= first && (QuoteLexicon.ClassOf(words[end].Text) is WordClass.Adverb or WordClass.Auxiliary || IsLowerCaseAdverb(end)))
        {
            end--;
        }

        if (end < first)
        {
            return null;
        }

        if (IsPronoun(end) || QuoteLexicon.ClassOf(words[end].Text) == WordClass.Self)
        {
            return words[end].Span;
        }

        // "the commission said": a description headed by a common noun.
        if (words[end].IsLetters && !words[end].Capitalized && !QuoteLexicon.IsRole(words[end].Text) && QuoteLexicon.ClassOf(words[end].Text) is null)
        {
            var determiner = Enumerable.Range(Math.Max(first, end - 3), Math.Min(3, end - first)).Reverse()
                .TakeWhile(i => words[i].IsLetters && QuoteLexicon.ClassOf(words[i].Text) is null or WordClass.Determiner)
                .Where(i => QuoteLexicon.ClassOf(words[i].Text) == WordClass.Determiner).Cast<int?>().FirstOrDefault();
            return determiner is { } opening ? words.SpanOf(opening, end) : null;
        }

        // "Minyon Moore, a senior adviser to the campaign, said": the name before the apposition.
        if (words[end].Text == "," && AppositionStart(end, first) is { } apposition && apposition - 2 >= first)
        {
            end = apposition - 2;
        }

        var start = end + 1;
        var i = end;
        while (i >= first && end - i < MaxSubjectTokens)
        {
            var word = words[i];
            if (word.Text == ")")
            {
                var open = i;
                while (open >= first && words[open].Text != "(")
                {
                    open--;
                }

                if (open < first)
                {
                    break;
                }

                i = open - 1;
                continue;
            }

            var wordClass = QuoteLexicon.ClassOf(word.Text);
            if (wordClass == WordClass.Determiner)
            {
                start = i;
                break;
            }

            if (word.IsLetters && (word.Capitalized || QuoteLexicon.IsRole(word.Text)) && wordClass is null or WordClass.Heading
                || word.Text == "." && i > first && words[i - 1].End == word.Start
                || word.Text.Contains('-') && word.IsLetters)
            {
                start = i;
                i--;
                continue;
            }

            break;
        }

        while (start <= end && !words[start].IsLetters)
        {
            start++;
        }

        if (start > end || !words[end].IsLetters && words[end].Text != ")" && words[end].Text != ".")
        {
            return null;
        }

        // "Mr. Morgan of the Sierra Club said": the person, not the organization.
        if (start - 2 >= first && words[start - 1].Is("of") && words[start - 2].Capitalized && SubjectBefore(start - 1, first) is { } person)
        {
            return person;
        }

        return words.SpanOf(start, end);
    }

    /// <summary>The first word of ", a/the ... ," ending at the comma <paramref name="comma"/>, or null.</summary>
    private int? AppositionStart(int comma, int first)
    {
        for (var i = comma - 1; i > first && comma - i <= MaxPhraseWords + 4; i--)
        {
            if (words[i].Text == ",")
            {
                var opening = words[i + 1];
                return QuoteLexicon.ClassOf(opening.Text) == WordClass.Determiner || QuoteLexicon.IsRole(opening.Text) ? i + 1 : null;
            }

            if (words[i].Text is "." or "!" or "?" or ";")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A noun phrase from <paramref name="first"/>: a determiner, then words up to a boundary or punctuation.</summary>
    private TextSpan? PhraseForward(int first, int last, bool trimToName)
    {
        if (first > last || first >= words.Count)
        {
            return null;
        }

        if (IsPronoun(first) || QuoteLexicon.ClassOf(words[first].Text) == WordClass.Self)
        {
            return words[first].Span;
        }

        var i = first;
        var described = QuoteLexicon.ClassOf(words[i].Text) == WordClass.Determiner;
        if (described)
        {
            i++;
        }

        var end = -1;
        for (; i <= last && i - first < MaxPhraseWords; i++)
        {
            var word = words[i];
            var wordClass = QuoteLexicon.ClassOf(word.Text);
            if (word.Text == "." && words[i - 1].End == word.Start && !EndsSentence(i) || word.Text == "(")
            {
                end = word.Text == "(" ? SkipParenthesis(i, last) : i;
                i = end;
                continue;
            }

            if (!word.IsLetters || wordClass is WordClass.Boundary or WordClass.Auxiliary || QuoteLexicon.Cue(word.Text) is not null)
            {
                break;
            }

            if (!trimToName || described || word.Capitalized || QuoteLexicon.IsRole(word.Text))
            {
                end = i;
            }
            else if (!described)
            {
                break;
            }
        }

        return end < first ? null : words.SpanOf(first, end);
    }

    private int SkipParenthesis(int open, int last)
    {
        var close = open;
        while (close < last && words[close].Text != ")")
        {
            close++;
        }

        return close;
    }

    private int SkipAuxiliaries(int i, int last)
    {
        while (i <= last && QuoteLexicon.ClassOf(words[i].Text) is WordClass.Adverb or WordClass.Auxiliary)
        {
            i++;
        }

        return i;
    }

    /// <summary>"on Truth Social", "in a social media post": the place named after the cue.</summary>
    private TextSpan? ChannelAfter(int from, int last)
    {
        for (var i = from; i <= Math.Min(last, from + 3); i++)
        {
            if (!(words[i].Is("on") || words[i].Is("in") || words[i].Is("via")))
            {
                continue;
            }

            var texts = Enumerable.Range(0, Math.Max(0, last - i)).Select(k => words[i + 1 + k].Text).ToList();
            for (var k = 0; k < Math.Min(texts.Count, 4); k++)
            {
                var length = QuoteLexicon.ChannelLength(texts, k);
                if (length == 0)
                {
                    continue;
                }

                var end = i + k + length;
                while (end + 1 < words.Count && end < last && QuoteLexicon.ChannelLength(texts, end - i) is > 0 and var extra)
                {
                    end += extra;
                }

                var further = ChannelAfter(end + 1, last);
                return further is { } more && words.FirstFrom(more.Start) <= end + 3 ? new TextSpan(words[i + 1].Start, more.End) : words.SpanOf(i + 1, end);
            }
        }

        return null;
    }

    /// <summary>"told reporters", "told Russian media": whom it was said to.</summary>
    private TextSpan? AudienceAfter(int cue, int cueLength, int last) =>
        QuoteLexicon.Cue(words[cue].Text) == CueRole.Audience ? PhraseForward(cue + cueLength, last, trimToName: false) : null;

    private int CueLength(int i)
    {
        var next = i + 1 < words.Count ? words[i + 1].Text : null;
        if (next is not null && QuoteLexicon.Cue(words[i].Text + " " + next) is not null)
        {
            return 2;
        }

        return QuoteLexicon.Cue(words[i].Text) is not null && words[i].IsLetters ? 1 : 0;
    }

    /// <summary>Token <paramref name="index"/> ends a sentence: . ! ? not closing an abbreviation or an initial.</summary>
    private bool EndsSentence(int index)
    {
        var word = words[index].Text;
        if (word is "!" or "?")
        {
            return true;
        }

        // "(D-Wis.)", "N.C.": a period with no space after it ends no sentence, unless a quotation mark closes there.
        var after = words[index].End;
        if (word == "." && after < words.Text.Length && !char.IsWhiteSpace(words.Text[after]) && !QuoteMarks.IsClosing(words.Text[after]))
        {
            return false;
        }

        if (word != "." || index == 0 || words[index - 1].End != words[index].Start)
        {
            return word == ".";
        }

        var before = words[index - 1].Text;
        return !(before.Length == 1 && char.IsUpper(before[0]) || QuoteLexicon.IsRole(before + "."));
    }

    private bool IsAccordingTo(int i) => words[i].Is("according") && i + 1 < words.Count && words[i + 1].Is("to");

    private bool IsPronoun(int i) => QuoteLexicon.ClassOf(words[i].Text) == WordClass.Pronoun;
}
