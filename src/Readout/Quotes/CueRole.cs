using System.Collections.Frozen;

namespace Readout.Quotes;

public enum CueRole
{
    Speech,
    Audience,
}
