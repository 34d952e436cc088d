namespace Readout.Quotes;

public enum CueRole
{
    Speech,
    Audience,
}
