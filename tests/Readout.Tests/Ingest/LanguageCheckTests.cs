using Readout.Core;
using Readout.Ingest;
using Readout.Tests.Support;

namespace Readout.Tests.Ingest;

/// <summary>An article Readout cannot analyze well is said to be so, naming its language or script, and still read.</summary>
public class LanguageCheckTests
{
    private const string English = "The foreign ministers of the two countries met in the capital on Monday and said that the talks had been useful, and that they would meet again after the summer if the working groups had made progress on the border question by then.";
    private const string German = "Die Außenminister beider Länder trafen sich am Montag in der Hauptstadt und erklärten, die Gespräche seien nützlich gewesen und man wolle sich nach dem Sommer erneut treffen, falls die Arbeitsgruppen bis dahin Fortschritte bei der Grenzfrage erzielt hätten.";
    private const string Russian = "Министры иностранных дел двух стран встретились в понедельник в столице и заявили, что переговоры были полезными.";

    [Fact]
    public void English_text_raises_no_concern() => Assert.Null(LanguageCheck.Concern(new Article("en", English, "test")));

    [Fact]
    public void A_declared_language_other_than_english_is_named() =>
        Assert.StartsWith("language 'de-AT' is not one Readout analyzes yet", LanguageCheck.Concern(new Article("de", German, "test", Language: "de-AT")));

    [Fact]
    public void An_undeclared_non_latin_script_is_named() =>
        Assert.StartsWith("text is in Cyrillic script", LanguageCheck.Concern(new Article("ru", Russian, "test")));

    [Fact]
    public void Undeclared_latin_text_without_english_function_words_is_flagged() =>
        Assert.StartsWith("text does not read as English", LanguageCheck.Concern(new Article("de", German, "test")));

    [Fact]
    public void A_declared_english_variant_is_trusted() =>
        Assert.Null(LanguageCheck.Concern(new Article("en", English, "test", Language: "en-GB")));

    [Fact]
    public async Task The_cli_warns_and_still_stores_the_article()
    {
        using var folder = new TempFolder();
        var article = folder.Write("ru.txt", Russian);

        var run = await InProcessCli.RunAsync("ingest", article, "--db", folder.PathOf("store.db"));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"warning: {article}: text is in Cyrillic script", run.Stderr);
        Assert.Contains("1 stored", run.Stdout);
    }
}
