using System.Text.RegularExpressions;

namespace Readout.Times;

/// <summary>
/// A word list as a regex that shares common prefixes ("a\s+(?:couple\s+of|pair\s+of|dozen)")
/// instead of one branch per phrase. The flat longest-first alternation tries every branch at
/// every position, and its size makes compiled patterns slow; the trie matches exactly what the
/// flat list matches, in the same order: the phrases that can match at one position are
/// prefixes of one another, and a node tries its longer continuations before the phrase that
/// ends there. That holds only when no two branches of a node can match the same character,
/// so <see cref="Build"/> refuses lists where they could.
/// </summary>
public sealed class PhraseTrie
{
    private const string Whitespace = @"\s+";

    private readonly List<(string Atom, PhraseTrie Child)> children = [];
    private bool endsPhrase;

    /// <summary>
    /// The trie of <paramref name="phrases"/>, or null when two branches of a node could match the
    /// same character (they differ only in case, or one is a run of whitespace and the other a
    /// whitespace character), so that their order would matter.
    /// </summary>
    public static PhraseTrie? Build(IEnumerable<string> phrases, bool caseSensitive)
    {
        var root = new PhraseTrie();
        foreach (var phrase in phrases)
        {
            var node = root;
            foreach (var atom in Atoms(phrase))
            {
                var next = node.children.Find(child => child.Atom == atom).Child;
                if (next is null)
                {
                    if (node.children.Exists(child => Overlap(child.Atom, atom, caseSensitive)))
                    {
                        return null;
                    }

                    next = new PhraseTrie();
                    node.children.Add((atom, next));
                }

                node = next;
            }

            node.endsPhrase = true;
        }

        return root;
    }

    /// <summary>The regex atoms of a phrase: each character escaped, each space any run of whitespace.</summary>
    public static IEnumerable<string> Atoms(string phrase) =>
        phrase.Select(character => character == ' ' ? Whitespace : Regex.Escape(character.ToString()));

    /// <summary>The regex of this node's continuations, longer ones first and the end of a phrase last.</summary>
    public string Pattern()
    {
        var branches = children.Select(child => child.Atom + child.Child.Pattern()).ToList();
        if (endsPhrase && branches.Count > 0)
        {
            branches.Add(string.Empty);
        }

        return branches.Count switch
        {
            0 => string.Empty,
            1 => branches[0],
            _ => $"(?:{string.Join('|', branches)})",
        };
    }

    private static bool Overlap(string atom, string other, bool caseSensitive) =>
        string.Equals(atom, other, caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)
        || (atom == Whitespace && IsWhitespace(other))
        || (other == Whitespace && IsWhitespace(atom));

    private static bool IsWhitespace(string atom) => Regex.Unescape(atom) is [var character] && char.IsWhiteSpace(character);
}
