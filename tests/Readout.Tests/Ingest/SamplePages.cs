namespace Readout.Tests.Ingest;

/// <summary>Small inputs written for these tests.</summary>
public static class SamplePages
{
    public const string ArticleHtml = """
        <!doctype html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>Ministers meet in Vienna | Harbour Times</title>
          <meta property="og:site_name" content="Harbour Times">
          <meta property="og:title" content="Ministers meet in Vienna">
          <meta property="article:published_time" content="2025-03-04T09:30:00Z">
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
          <article>
            <h1>Ministers meet in Vienna</h1>
            <p>The foreign ministers of Norway and Chile met in Vienna on Monday to discuss fishing quotas in the southern seas.</p>
            <p>Both delegations described the three-hour talks as frank and useful, and agreed to set up a joint technical committee.</p>
            <p>A second round is planned for early May, officials from both ministries said after the meeting ended.</p>
          </article>
          <footer>© Harbour Times. All rights reserved.</footer>
        </body>
        </html>
        """;

    public const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Lakeside Wire</title>
            <link>https://lakeside.example/</link>
            <item>
              <title>Envoys agree on prisoner exchange</title>
              <link>https://lakeside.example/envoys-exchange</link>
              <pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>
              <description>&lt;p&gt;Envoys from the two countries agreed on Tuesday to exchange forty prisoners each.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Port reopens after storm</title>
              <link>https://lakeside.example/port-reopens</link>
              <pubDate>Wed, 05 Mar 2025 08:15:00 +0100</pubDate>
              <content:encoded>&lt;p&gt;The northern port reopened on Wednesday after a two-day closure.&lt;/p&gt;&lt;p&gt;Ferries resumed their schedule.&lt;/p&gt;</content:encoded>
            </item>
          </channel>
        </rss>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Ridge Dispatch</title>
          <entry>
            <title>Summit date set</title>
            <link rel="alternate" href="https://ridge.example/summit-date"/>
            <published>2025-06-10T12:00:00Z</published>
            <summary type="html">&lt;p&gt;The summit will take place in Oslo in September, organisers said.&lt;/p&gt;</summary>
          </entry>
        </feed>
        """;
}
