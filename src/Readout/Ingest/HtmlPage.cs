using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Readout.Cleaning;
using Readout.Entities;

namespace Readout.Ingest;

/// <summary>What a saved HTML page says about its article.</summary>
public sealed record HtmlPage(string Text, string? Title, string? Published, string? Outlet, string? Language);
