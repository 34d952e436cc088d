namespace Readout.Storage;

public enum StoreOutcome
{
    Added,
    Duplicate,
    Rejected,
}
