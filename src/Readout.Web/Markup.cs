using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Readout.Web;

/// <summary>
/// HTML that is safe to write as it is. <see cref="Of"/> encodes every value it is given unless
/// it is already Markup, so text from articles can only ever reach a page encoded.
/// </summary>
public readonly record struct Markup(string Html)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static readonly Markup Empty = new(string.Empty);

    /// <summary>The template with each hole encoded: text and numbers encoded, Markup as it is, sequences of Markup joined.</summary>
    public static Markup Of(FormattableString template) =>
        new(string.Format(CultureInfo.InvariantCulture, template.Format, [.. template.GetArguments().Select(Encode)]));

    public static Markup Text(string? text) => new(Encoder.Encode(text ?? string.Empty));

    public static Markup Join(IEnumerable<Markup> parts)
    {
        var html = new StringBuilder();
        foreach (var part in parts)
        {
            html.Append(part.Html);
        }

        return new(html.ToString());
    }

    /// <summary>A link to <paramref name="url"/> only when it is http or https; any other scheme (javascript:, data:) is shown as text.</summary>
    public static Markup ExternalLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? Of($"<a href=\"{uri.AbsoluteUri}\" rel=\"noopener noreferrer nofollow\">{url}</a>")
            : Text(url);

    /// <summary>A path segment for a link to a page of this app.</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);

    public override string ToString() => Html;

    /// <summary>A number or date that keeps the hole's format ("{x:F1}") and is encoded after formatting.</summary>
    private sealed class EncodedFormattable(IFormattable value) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider) => Encoder.Encode(value.ToString(format, formatProvider));
    }

    private static object Encode(object? value) => value switch
    {
        Markup markup => markup.Html,
        IEnumerable<Markup> parts => Join(parts).Html,
        null => string.Empty,
        IFormattable formattable => new EncodedFormattable(formattable),
        _ => Encoder.Encode(value.ToString() ?? string.Empty),
    };
}
