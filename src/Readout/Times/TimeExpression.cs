namespace Readout.Times;

/// <summary>A time expression, TIMEX3-style: type DATE, TIME, DURATION or SET, and its normalized value.</summary>
/// <param name="Modifier">A qualifier kept from the text (TIMEX3 mod: "MORE_THAN", "APPROX", "START", "ON_OR_AFTER").</param>
/// <param name="Minutes">For a duration in fixed units (weeks, days, hours, minutes, seconds), its length in minutes.</param>
/// <param name="From">For a date or time, the first day it covers (the part named by a START/MID/END modifier).</param>
/// <param name="Until">For a date or time, the last day it covers.</param>
/// <param name="Hedge">The words that qualify a duration's amount as written ("just under", "over"); null when exact.</param>
public sealed record TimeExpression(
    int Start,
    int End,
    string Text,
    string Type,
    string Value,
    string? Modifier = null,
    double? Minutes = null,
    DateOnly? From = null,
    DateOnly? Until = null,
    string? Hedge = null);
