using Xunit.Sdk;

namespace Readout.Tests.Support;

/// <summary>
/// A fact of the store contract, run once for each store class that inherits it; in a class
/// marked <see cref="NeedsPostgresAttribute"/> it is skipped, saying why, where no PostgreSQL
/// server is given.
/// </summary>
[XunitTestCaseDiscoverer("Readout.Tests.Support.StoreFactDiscoverer", "Readout.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
