using Readout.Web;

await ReadoutWebApp.Create(args).RunAsync();
