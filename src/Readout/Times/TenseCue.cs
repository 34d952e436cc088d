using System.Text.RegularExpressions;

namespace Readout.Times;

public enum TenseCue
{
    None,
    Past,
    Future,
}
