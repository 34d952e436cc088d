namespace Readout.Sentences;

/// <summary>What a period after a word says about the sentence.</summary>
public enum AbbreviationKind
{
    /// <summary>An ordinary word: the period is a full stop.</summary>
    None,

    /// <summary>A title before a name ("Gen.", "Mr."): the sentence goes on.</summary>
    BeforeName,

    /// <summary>An abbreviation only before a numeral ("No. 10").</summary>
    BeforeNumber,

    /// <summary>An abbreviation or initial that may also end a sentence ("U.S.", "p.m.", "Inc.", "J.").</summary>
    Ambiguous,
}
