using Readout.Cli;

var parsed = ReadoutCommand.Build().Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Run 'readout --help' for usage.");
    return ExitCodes.Usage;
}

return await parsed.InvokeAsync();
