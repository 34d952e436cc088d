namespace Readout.Entities;

/// <summary>Links a capitalized word to the one person of the document whose full name ends with it ("Ushakov" after "Yuri Ushakov").</summary>
internal static class SurnameLinker
{
    public static void Link(EntityReading reading, NameShapes shapes)
    {
        var units = reading.Units;
        for (var i = 0; i < units.Length; i++)
        {
            if (shapes.StartsName(i) && reading.Table.SurnameOwner(units[i].Key) is { } owner
                && !(i + 1 < units.Length && units[i + 1].Capitalized && !reading.IsCovered(i + 1)))
            {
                reading.Place(owner, i, i + 1, MentionKind.Surname);
            }
        }
    }
}
