namespace Readout.Entities;

/// <summary>One place in the text that refers to an entity; <c>text[Start..End] == Text</c>.</summary>
public sealed record Mention(int Start, int End, string Text, MentionKind Kind);
