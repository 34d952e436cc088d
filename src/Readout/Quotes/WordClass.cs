namespace Readout.Quotes;

public enum WordClass
{
    Pronoun,
    Self,
    Determiner,
    Adverb,
    Auxiliary,
    Boundary,
    Heading,
}
