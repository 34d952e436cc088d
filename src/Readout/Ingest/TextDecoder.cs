using System.Text;

namespace Readout.Ingest;

/// <summary>
/// Turns bytes into text: honours a byte-order mark (UTF-8, UTF-16, UTF-32) or a declared
/// charset, accepts valid UTF-8, falls back to Windows-1252 when the bytes look like it, and
/// refuses binary data and encodings it cannot tell.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/> or throws <see cref="InputException"/> with the reason.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (BomEncoding(bytes, out var bomLength) is { } bom)
        {
            return bom.GetString(bytes[bomLength..]);
        }

        if (LooksBinary(bytes))
        {
            throw new InputException("binary file, not text");
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
        }

        if (Declared(declaredCharset) is { } declared && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return declared.GetString(bytes);
        }

        if (LooksLikeWindows1252(bytes))
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }

        throw new InputException("invalid UTF-8 and the encoding could not be detected");
    }

    private static Encoding? BomEncoding(ReadOnlySpan<byte> bytes, out int length)
    {
        (Encoding? encoding, length) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding;
    }

    private static Encoding? Declared(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(charset.Trim().Trim('"', '\''));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // An unknown name, or one .NET knows but refuses to decode (UTF-7): detect instead.
            return null;
        }
    }

    /// <summary>NUL bytes or many control characters in the first 8 KiB mean it is not text.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                control++;
            }
        }

        return head.Length > 0 && control * 20 > head.Length;
    }

    /// <summary>
    /// Windows-1252 text is mostly ASCII; its high bytes are accented letters or typographic
    /// punctuation, and it never uses the five bytes the code page leaves undefined.
    /// </summary>
    private static bool LooksLikeWindows1252(ReadOnlySpan<byte> bytes)
    {
        var high = 0;
        foreach (var b in bytes)
        {
            if (b is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D)
            {
                return false;
            }

            if (b >= 0x80)
            {
                high++;
            }
        }

        return high * 10 < bytes.Length;
    }
}
