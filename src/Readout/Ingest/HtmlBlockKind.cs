namespace Readout.Ingest;

public enum HtmlBlockKind
{
    Text,
    Heading,
    ListItem,
}
