using System.CommandLine;
using System.Net;
using Microsoft.Extensions.Hosting;
using Readout.Cli.Cluster;
using Readout.Storage;

namespace Readout.Cli;

/// <summary>
/// <c>readout silo --db "Host=…"</c>: runs an Orleans silo of the Readout cluster until stopped
/// (Ctrl-C or SIGTERM); it joins through ADO.NET clustering in that PostgreSQL database, creating
/// the clustering tables there first where absent, and analyzes and places what clients send.
/// </summary>
public static class SiloCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "The cluster's PostgreSQL database: a connection string \"Host=…;Database=…\".", Required = true };
        var port = new Option<int>("--port") { Description = "Port for silo-to-silo traffic.", DefaultValueFactory = _ => 11111 };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "Port clients connect to.", DefaultValueFactory = _ => 30000 };
        var address = new Option<string>("--address")
        {
            Description = "The IP address other silos and clients reach this silo at (it listens on every address).",
            DefaultValueFactory = _ => IPAddress.Loopback.ToString(),
        };
        var command = new Command("silo", "Run a silo of a Readout cluster over a PostgreSQL store.") { db, port, gatewayPort, address };
        command.SetAction(async (result, cancellation) =>
        {
            var connectionString = result.GetValue(db)!;
            if (!ArticleStores.IsConnectionString(connectionString))
            {
                await result.InvocationConfiguration.Error.WriteLineAsync("error: --db: a cluster needs a PostgreSQL connection string \"Host=…;Database=…\"");
                return ExitCodes.Usage;
            }

            if (!IPAddress.TryParse(result.GetValue(address), out var advertised))
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"error: --address {result.GetValue(address)}: not an IP address");
                return ExitCodes.Usage;
            }

            ArticleStores.Open(connectionString).Dispose();
            OrleansClusteringSchema.Ensure(connectionString);

            await ClusterHosting.Silo(connectionString, advertised, result.GetValue(port), result.GetValue(gatewayPort)).Build().RunAsync(cancellation);
            return ExitCodes.Success;
        });
        return command;
    }
}
