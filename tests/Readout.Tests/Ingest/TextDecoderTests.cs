using System.Text;
using Readout.Ingest;
using Readout.Stories;

namespace Readout.Tests.Ingest;

public class TextDecoderTests
{
    [Fact]
    public void Plain_utf8_decodes()
    {
        Assert.Equal("Türkiye – Kyiv", TextDecoder.Decode(Encoding.UTF8.GetBytes("Türkiye – Kyiv")));
    }

    [Fact]
    public void Utf8_bom_is_dropped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Hello")];

        Assert.Equal("Hello", TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Utf16_little_endian_bom_is_detected()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Zelensky said “yes”.")];

        Assert.Equal("Zelensky said “yes”.", TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Utf16_big_endian_bom_is_detected()
    {
        byte[] bytes = [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("Kiev or Kyiv")];

        Assert.Equal("Kiev or Kyiv", TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Windows_1252_is_detected_from_its_typographic_bytes()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("The minister said “we’re close” – café talks resume.");

        Assert.Equal("The minister said “we’re close” – café talks resume.", TextDecoder.Decode(bytes));
    }

    [Fact]
    public void A_declared_charset_wins_over_guessing()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("iso-8859-5").GetBytes("Москва");

        Assert.Equal("Москва", TextDecoder.Decode(bytes, "iso-8859-5"));
    }

    [Fact]
    public void Binary_data_is_refused()
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes));
        Assert.Contains("binary", error.Message);
    }

    [Fact]
    public void Undetectable_encoding_is_refused()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("text "), 0x81, 0xC3, 0x28, 0x9D, 0x8F, 0x90];

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes));
        Assert.Contains("invalid UTF-8", error.Message);
    }
}
