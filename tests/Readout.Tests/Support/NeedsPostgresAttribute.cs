namespace Readout.Tests.Support;

/// <summary>Marks a test class whose <see cref="StoreFactAttribute"/> facts need a PostgreSQL server (<see cref="PostgresTestDatabase"/>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NeedsPostgresAttribute : Attribute;
