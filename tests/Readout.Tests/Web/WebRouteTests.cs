using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Readout.Tests.Support;
using Readout.Web;

namespace Readout.Tests.Web;

/// <summary>The web app over a SQLite store of the bundled sample and a hostile article: the contract's pages and routes, and what is not about the store.</summary>
public sealed class WebRouteTests(WebStore store) : WebStoreContract(store), IClassFixture<WebStore>
{
    private readonly TempFolder folder = new();

    protected override string EmptyStore() => folder.PathOf($"{Guid.NewGuid():N}.db");

    public override void Dispose()
    {
        base.Dispose();
        folder.Dispose();
    }

    [Fact]
    public async Task The_story_catalog_is_loaded_as_the_server_starts_before_any_request()
    {
        using var factory = new ReadoutWebFactory(new WebSettings(Store.Db));
        _ = factory.Server;
        var catalog = factory.Services.GetRequiredService<StoryCatalog>();

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!catalog.IsLoaded && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(20);
        }

        Assert.True(catalog.IsLoaded);
    }

    [Theory]
    [InlineData("/api/stories/no-such-story")]
    [InlineData("/api/articles/no-such-article")]
    [InlineData("/api/nothing-here")]
    public async Task Unknown_ids_are_404_problems(string path)
    {
        var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/stories/no-such-story")]
    [InlineData("/articles/no-such-article")]
    public async Task Unknown_ids_are_404_pages(string path)
    {
        var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/quotes")]
    [InlineData("/api/search")]
    public async Task Missing_required_query_is_a_400_problem(string path)
    {
        var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Openapi_document_lists_every_api_route_and_no_page()
    {
        var paths = (await Json("/openapi/v1.json"))["paths"]!.AsObject().Select(p => p.Key).ToHashSet();
        var routes = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .ToList();

        Assert.Contains(routes, r => r.StartsWith("/api/", StringComparison.Ordinal));
        Assert.All(routes.Where(r => r.StartsWith("/api/", StringComparison.Ordinal)), route => Assert.Contains(route, paths));
        Assert.All(paths, path => Assert.StartsWith("/api/", path));
    }

    [Fact]
    public void A_link_is_made_only_for_http_urls()
    {
        Assert.Equal("javascript:alert(1)", Markup.ExternalLink("javascript:alert(1)").Html);
        Assert.Equal("data:text/html,&lt;script&gt;", Markup.ExternalLink("data:text/html,<script>").Html);
        Assert.StartsWith("<a href=\"https://example.org/a?b=1&amp;c=2\"", Markup.ExternalLink("https://example.org/a?b=1&c=2").Html);
    }
}
