using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Readout.Entities;

namespace Readout.Storage;

/// <summary>A full-text hit: the article and the matched passage with the match in [brackets].</summary>
public sealed record SearchHit(string Id, string? Title, string? Source, string? Published, string Snippet);
