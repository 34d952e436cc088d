using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Configuration;
using Readout.Storage;

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

    /// <summary>How long a client waits for a silo to answer: long enough for one that is starting.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A started client of the cluster; disposing it stops it.</summary>
    /// <exception cref="UsageException">No silo answered within <see cref="ConnectTimeout"/>, or none ever joined through this database.</exception>
    public static async Task<ClusterClientHost> StartClient(string connectionString, CancellationToken cancellation)
    {
        var host = Client(connectionString).Build();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(ConnectTimeout);
        try
        {
            await host.StartAsync(limit.Token);
        }
        catch (Exception failure) when (!cancellation.IsCancellationRequested && failure is OperationCanceledException or PostgresException)
        {
            host.Dispose();
            throw new UsageException(
                $"--cluster {ArticleStores.Masked(connectionString)}: no silo of a Readout cluster answers through this database (a client waits {ConnectTimeout.TotalSeconds:0} s for one); start one with 'readout silo --db \"Host=…\"'");
        }

        return new ClusterClientHost(host);
    }
}
