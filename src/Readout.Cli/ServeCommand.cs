using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Readout.Storage;
using Readout.Web;

namespace Readout.Cli;

/// <summary>
/// <c>readout serve</c>: the web app and HTTP API over the store, on loopback unless told otherwise;
/// on an address other machines reach it starts only with a token.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (';'-separated); an address other than loopback needs --token.",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var token = new Option<string?>("--token") { Description = "A secret every API call and write must carry (Authorization: Bearer TOKEN); default $READOUT_TOKEN." };
        var allowPrivate = new Option<bool>("--allow-private-fetch") { Description = "Let the add page fetch URLs on loopback, link-local and private addresses." };
        var command = new Command("serve", "Serve the web app and HTTP API over the store.") { db, urls, token, allowPrivate };
        command.SetAction(async (result, cancellation) =>
        {
            var error = result.InvocationConfiguration.Error;
            var settings = new WebSettings(
                ArticleStore.ResolvePath(result.GetValue(db)),
                result.GetValue(token) ?? Environment.GetEnvironmentVariable("READOUT_TOKEN"),
                result.GetValue(allowPrivate));
            var listen = result.GetValue(urls)!;
            if (BindingCheck.Problem(listen, settings.Token) is { } problem)
            {
                await error.WriteLineAsync($"error: {problem}");
                return ExitCodes.Usage;
            }

            // Opened once before listening, so a store out of reach stops the start with its reason.
            ArticleStores.Open(settings.Db).Dispose();

            await using var app = ReadoutWebApp.Create(["--urls", listen], settings);
            await app.StartAsync(cancellation);
            await error.WriteLineAsync($"serving {ArticleStores.Masked(settings.Db)} on {string.Join(", ", app.Urls)} (Ctrl-C stops)");
            await app.WaitForShutdownAsync(cancellation);
            return ExitCodes.Success;
        });
        return command;
    }
}
