using System.Text.Json;

namespace Readout.Cli;

/// <summary>
/// Settings from <c>readout.json</c> (in the working folder, else the home folder; READOUT_CONFIG
/// names another file, or none when empty): the store, the sources <c>watch</c> follows when given
/// none, and defaults for options. A flag on the command line overrides it; READOUT_DB overrides its store.
/// Paths in it are relative to the file.
/// </summary>
/// <param name="Formats">Default --format per command ("analyze": "markdown").</param>
public sealed record ReadoutConfig(
    string? File,
    string? Db,
    double? Timeout,
    long? MaxBytes,
    double? Interval,
    IReadOnlyList<string> Sources,
    IReadOnlyDictionary<string, string> Formats)
{
    public const string FileName = "readout.json";

    private static readonly string[] KnownFormats = ["json", "markdown", "table", "csv", "plover"];

    private static readonly AsyncLocal<ReadoutConfig?> Active = new();

    public static ReadoutConfig Empty { get; } = new(null, null, null, null, null, [], new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The settings of the command line being run (each run, even in one process, has its own).</summary>
    public static ReadoutConfig Current => Active.Value ?? Empty;

    public static void Use(ReadoutConfig config) => Active.Value = config;

    /// <summary>The settings file that applies, read; <see cref="Empty"/> when there is none.</summary>
    /// <exception cref="UsageException">The file is not valid JSON or holds a value of the wrong kind.</exception>
    public static ReadoutConfig Load()
    {
        var named = Environment.GetEnvironmentVariable("READOUT_CONFIG");
        var path = named ?? new[] { Path.Combine(Directory.GetCurrentDirectory(), FileName), Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), FileName) }
            .FirstOrDefault(System.IO.File.Exists);
        if (string.IsNullOrEmpty(path))
        {
            return Empty;
        }

        try
        {
            return Parse(System.IO.File.ReadAllText(path), path);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: {Reason(e)}");
        }
    }

    public static ReadoutConfig Parse(string json, string path)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("a settings file holds one JSON object");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string Relative(string value) => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? value : Path.Combine(folder, value);
        var formats = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("formats", out var formatsNode))
        {
            foreach (var pair in formatsNode.EnumerateObject())
            {
                var format = pair.Value.GetString()!;
                formats[pair.Name] = KnownFormats.Contains(format) ? format : throw new FormatException($"'formats.{pair.Name}' is '{format}', not one of {string.Join(", ", KnownFormats)}");
            }
        }

        var config = new ReadoutConfig(
            path,
            root.TryGetProperty("db", out var db) ? Relative(db.GetString()!) : null,
            root.TryGetProperty("timeout", out var timeout) ? timeout.GetDouble() : null,
            root.TryGetProperty("max_bytes", out var maxBytes) ? maxBytes.GetInt64() : null,
            root.TryGetProperty("interval", out var interval) ? interval.GetDouble() : null,
            root.TryGetProperty("sources", out var sources) ? [.. sources.EnumerateArray().Select(source => Relative(source.GetString()!))] : [],
            formats);
        return config;
    }

    private static string Reason(Exception e) => e switch
    {
        JsonException json => $"not valid JSON (line {json.LineNumber + 1})",
        InvalidOperationException => "a setting has a value of the wrong kind (db and sources take text, timeout, max_bytes and interval numbers)",
        _ => e.Message,
    };
}
