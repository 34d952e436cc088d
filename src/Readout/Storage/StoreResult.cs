using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Readout.Storage;

/// <summary>The result of storing one article: what happened, under which id, and why.</summary>
public sealed record StoreResult(StoreOutcome Outcome, string Id, string? Detail = null);
