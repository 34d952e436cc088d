namespace Readout.Entities;

internal enum PhraseKind
{
    Person,
    Organization,
    Outlet,
    Country,
    Metonym,
    Capital,
    Place,
    Adjective,
    Demonym,
    Title,
}
