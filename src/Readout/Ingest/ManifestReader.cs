using System.Text.Json;
using Readout.Core;

namespace Readout.Ingest;

/// <summary>
/// Reads a JSON Lines manifest: one article a line with a required <c>id</c> and either
/// <c>path</c> (relative to the manifest) or inline <c>text</c>, plus optional metadata.
/// Each bad line becomes its own failure; the other lines proceed.
/// </summary>
public static class ManifestReader
{
    public static bool LooksLikeManifest(string text)
    {
        var firstLine = text.TrimStart().Split('\n', 2)[0].Trim();
        if (!firstLine.StartsWith('{'))
        {
            return false;
        }

        try
        {
            using var json = JsonDocument.Parse(firstLine);
            return json.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <param name="loadFile">Reads an article file named by a <c>path</c> entry (HTML, text, ...).</param>
    public static IEnumerable<IngestResult> Read(string manifestText, string manifestPath, Func<string, string, IReadOnlyList<Article>> loadFile)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(manifestPath)) ?? ".";
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = manifestText.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var lineNumber = index + 1;
            var where = $"{manifestPath} line {lineNumber}";
            IngestResult result;
            try
            {
                var entry = Parse(line);
                where = $"{manifestPath} line {lineNumber} (id '{entry.Id}')";
                if (firstLineOfId.TryGetValue(entry.Id, out var first))
                {
                    throw new InputException($"duplicate id '{entry.Id}', first used on line {first}");
                }

                firstLineOfId[entry.Id] = lineNumber;
                result = new IngestedArticle(Resolve(entry, directory, where, loadFile));
            }
            catch (InputException e)
            {
                result = new IngestFailure(where, e.Message);
            }

            yield return result;
        }
    }

    private sealed record Entry(string Id, string? Path, string? Text, string? Source, string? Url, string? Published, string? Language, string? Title);

    private static Entry Parse(string line)
    {
        JsonElement root;
        try
        {
            using var json = JsonDocument.Parse(line);
            root = json.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InputException($"not valid JSON (at byte {(e.BytePositionInLine ?? 0) + 1} of the line)");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InputException("not a JSON object");
        }

        var id = Field(root, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new InputException("missing required field 'id'");
        }

        return new Entry(id, Field(root, "path"), Field(root, "text"), Field(root, "source"), Field(root, "url"),
            Field(root, "published"), Field(root, "language"), Field(root, "title"));
    }

    private static Article Resolve(Entry entry, string directory, string where, Func<string, string, IReadOnlyList<Article>> loadFile)
    {
        var published = PublishedDates.Normalize(entry.Published);
        if (entry.Published is not null && published is null)
        {
            throw new InputException($"'published' is not an ISO-8601 date or date-time: '{entry.Published}'");
        }

        Article loaded;
        if (entry.Text is not null)
        {
            if (string.IsNullOrWhiteSpace(entry.Text))
            {
                throw new InputException("empty text");
            }

            loaded = new Article(entry.Id, entry.Text, where);
        }
        else if (entry.Path is not null)
        {
            IReadOnlyList<Article> articles;
            try
            {
                articles = loadFile(Path.Combine(directory, entry.Path), entry.Id);
            }
            catch (InputException e)
            {
                throw new InputException($"{e.Message}: {entry.Path}");
            }

            if (articles.Count != 1)
            {
                throw new InputException($"'path' {entry.Path} holds {articles.Count} articles; a manifest line names one");
            }

            loaded = articles[0];
        }
        else
        {
            throw new InputException("has neither 'path' nor 'text'");
        }

        return loaded with
        {
            Id = entry.Id,
            Source = entry.Source ?? loaded.Source,
            Url = entry.Url ?? loaded.Url,
            Published = published ?? loaded.Published,
            Language = entry.Language ?? loaded.Language,
            Title = entry.Title ?? loaded.Title,
        };
    }

    private static string? Field(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        try
        {
            return value.ValueKind switch
            {
                JsonValueKind.String => InputReader.WithoutNul(value.GetString()!),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            };
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses to unescape a lone surrogate such as "\ud800".
            throw new InputException($"'{name}' is not valid Unicode text (it holds a lone surrogate escape)");
        }
    }
}
