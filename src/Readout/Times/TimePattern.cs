using System.Text.RegularExpressions;

namespace Readout.Times;

/// <summary>One compiled row of time-patterns.tsv: its kind and regex.</summary>
public sealed record TimePattern(string Kind, Regex Regex, int Order);
