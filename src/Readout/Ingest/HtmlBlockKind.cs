using System.Text;
using AngleSharp.Dom;

namespace Readout.Ingest;

public enum HtmlBlockKind
{
    Text,
    Heading,
    ListItem,
}
