namespace Readout.Entities;

public enum MentionKind
{
    /// <summary>The full name or a listed variant ("Yuri Ushakov", "[Vladimir] Zelensky").</summary>
    Name,

    /// <summary>The surname alone ("Ushakov").</summary>
    Surname,

    /// <summary>He, his, she, her (a <see cref="Reference"/>).</summary>
    Pronoun,

    /// <summary>A description of one person ("the Kremlin aide", "our President"; a <see cref="Reference"/>).</summary>
    Descriptor,

    /// <summary>A seat of power or capital for the body there ("the Kremlin", "Moscow said").</summary>
    Metonym,

    /// <summary>The title or role written next to a name ("U.S. President", "a Kremlin foreign policy aide").</summary>
    Title,

    /// <summary>A description of several people at once ("the two presidents"; a <see cref="Reference"/> to each member).</summary>
    Group,

    /// <summary>A country's or region's adjective ("Ukrainian", "European").</summary>
    Adjective,

    /// <summary>A country's people ("Ukrainians").</summary>
    Demonym,
}
