namespace Readout.Entities;

/// <summary>What a reference may lean on beyond the text.</summary>
/// <param name="SourceCountry">ISO alpha-2 code of the publishing outlet's country, for "our President".</param>
/// <param name="Published">The article's publication date, which places office-holders in time; without it the knowledge base names no office-holder.</param>
internal sealed record ReferenceContext(string? SourceCountry, DateOnly? Published);
