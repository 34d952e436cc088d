namespace Readout.Ingest;

/// <summary>What a folder holds for reading: its article files, how many other files it skipped, and the subfolders it could not read.</summary>
public sealed record FolderListing(IReadOnlyList<string> Files, int Skipped, IReadOnlyList<IngestFailure> Unreadable);
