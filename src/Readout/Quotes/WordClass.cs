using System.Collections.Frozen;
using Readout.Entities;

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
