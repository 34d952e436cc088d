namespace Readout.Times;

public enum TenseCue
{
    None,
    Past,
    Future,
}
