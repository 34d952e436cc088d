using System.Collections.Immutable;

namespace Readout.Core;

/// <summary>
/// Maps offsets in cleaned text back to offsets in the raw text. Cleaning only drops and
/// joins runs of raw text, so the map is a sorted list of copied runs; a character the
/// cleaner inserted (a joining newline) maps to the end of the run before it.
/// </summary>
public sealed class OffsetMap
{
    private readonly ImmutableArray<OffsetSegment> segments;

    public OffsetMap(ImmutableArray<OffsetSegment> segments) => this.segments = segments;

    public ImmutableArray<OffsetSegment> Segments => segments;

    public static OffsetMap Identity(int length) => new([new OffsetSegment(0, 0, length)]);

    public int ToRaw(int cleanOffset)
    {
        if (segments.IsEmpty)
        {
            return 0;
        }

        int lo = 0, hi = segments.Length - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (segments[mid].CleanStart <= cleanOffset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        var segment = segments[found];
        var delta = Math.Clamp(cleanOffset - segment.CleanStart, 0, segment.Length);
        return segment.RawStart + delta;
    }
}
