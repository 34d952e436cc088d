namespace Readout.Core;

/// <summary>
/// A set of 64-bit numbers (hashed character grams, word shingles) kept as a sorted array, so the
/// overlap of two sets is counted in one pass over both instead of a hash lookup per number.
/// </summary>
public sealed class NumberSet
{
    private readonly long[] numbers;

    /// <param name="numbers">The numbers, in any order, repeats allowed; the set takes the array over.</param>
    public NumberSet(long[] numbers)
    {
        Array.Sort(numbers);
        var count = 0;
        for (var i = 0; i < numbers.Length; i++)
        {
            if (count == 0 || numbers[i] != numbers[count - 1])
            {
                numbers[count++] = numbers[i];
            }
        }

        this.numbers = count == numbers.Length ? numbers : numbers[..count];
    }

    public int Count => numbers.Length;

    /// <summary>How many numbers this set and <paramref name="other"/> both hold.</summary>
    public int SharedWith(NumberSet other)
    {
        var (left, right) = (numbers, other.numbers);
        var (i, j, shared) = (0, 0, 0);
        while (i < left.Length && j < right.Length)
        {
            if (left[i] < right[j])
            {
                i++;
            }
            else if (left[i] > right[j])
            {
                j++;
            }
            else
            {
                (i, j, shared) = (i + 1, j + 1, shared + 1);
            }
        }

        return shared;
    }
}
