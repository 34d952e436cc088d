using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Readout.Web;

namespace Readout.Tests.Web;

/// <summary>The web app in the test process (TestServer) over the given settings.</summary>
public sealed class ReadoutWebFactory(WebSettings settings) : WebApplicationFactory<WebSettings>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton(settings));
}
