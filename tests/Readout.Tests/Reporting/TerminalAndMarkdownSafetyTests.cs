using Readout.Reporting;

namespace Readout.Tests.Reporting;

/// <summary>The one filter between article text and a terminal, and the Markdown escape between article text and a renderer.</summary>
public class TerminalAndMarkdownSafetyTests
{
    [Theory]
    [InlineData("a\u001b[2Jb", "ab")]
    [InlineData("a\u001b[38;5;196mred\u001b[0m", "ared")]
    [InlineData("copy\u001b]52;c;ZXZpbA==\u0007 me", "copy me")]
    [InlineData("title\u001b]0;owned\u001b\\ end", "title end")]
    [InlineData("c1\u009b31mcsi and \u009d0;osc\u009c done", "c1csi and  done")]
    [InlineData("bell\u0007 back\b del\u007f cr\r", "bell back del cr")]
    [InlineData("keeps\nnewlines\tand tabs, é and 😀", "keeps\nnewlines\tand tabs, é and 😀")]
    [InlineData("unterminated\u001b]0;osc\nnext line", "unterminated\nnext line")]
    public void Control_sequences_are_removed_and_text_kept(string text, string expected) =>
        Assert.Equal(expected, ControlSequenceFilter.Clean(text));

    [Fact]
    public void A_sequence_split_across_writes_is_still_removed()
    {
        var filter = new ControlSequenceFilter();
        var output = new System.Text.StringBuilder();

        filter.Append("before\u001b]52;c;ZX", output);
        filter.Append("ZpbA==\u0007after\u001b", output);
        filter.Append("[2Jend", output);

        Assert.Equal("beforeafterend", output.ToString());
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("**bold** `code` ~~gone~~ _em_", "\\*\\*bold\\*\\* \\`code\\` \\~\\~gone\\~\\~ \\_em\\_")]
    [InlineData("![img](http://x/y.png)", "!\\[img\\](http://x/y.png)")]
    [InlineData("two\nlines", "two lines")]
    [InlineData("AT&T", "AT&amp;T")]
    public void Markdown_escape_leaves_no_link_tag_or_markup(string text, string expected) =>
        Assert.Equal(expected, MarkdownReport.Escape(text));
}
