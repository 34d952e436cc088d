using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Readout.Cli.Cluster;

/// <summary>A running cluster client and the host that runs it; disposing stops both.</summary>
public sealed class ClusterClientHost(IHost host) : IDisposable
{
    public IClusterClient Client { get; } = host.Services.GetRequiredService<IClusterClient>();

    public void Dispose()
    {
        host.StopAsync().GetAwaiter().GetResult();
        host.Dispose();
    }
}
