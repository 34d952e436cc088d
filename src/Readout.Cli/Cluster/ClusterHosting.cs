using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Readout.Cli.Cluster;

/// <summary>How silos and clients join a Readout cluster: ADO.NET clustering in the PostgreSQL database that also holds the store.</summary>
public static class ClusterHosting
{
    public const string ClusterId = "readout";

    public static IHostBuilder Silo(string connectionString, IPAddress advertised, int siloPort, int gatewayPort) =>
        Host.CreateDefaultBuilder().ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)).UseOrleans(silo => silo
            .UseAdoNetClustering(options =>
            {
                options.Invariant = "Npgsql";
                options.ConnectionString = connectionString;
            })
            .Configure<ClusterOptions>(options => (options.ClusterId, options.ServiceId) = (ClusterId, ClusterId))
            .ConfigureEndpoints(advertised, siloPort, gatewayPort, listenOnAnyHostAddress: true));

    public static IHostBuilder Client(string connectionString) =>
        Host.CreateDefaultBuilder().ConfigureLogging(logging => logging.ClearProviders()).UseOrleansClient(client => client
            .UseAdoNetClustering(options =>
            {
                options.Invariant = "Npgsql";
                options.ConnectionString = connectionString;
            })
            .Configure<ClusterOptions>(options => (options.ClusterId, options.ServiceId) = (ClusterId, ClusterId)));

    /// <summary>A started client of the cluster; disposing it stops it.</summary>
    public static async Task<ClusterClientHost> StartClient(string connectionString, CancellationToken cancellation)
    {
        var host = Client(connectionString).Build();
        await host.StartAsync(cancellation);
        return new ClusterClientHost(host);
    }
}
