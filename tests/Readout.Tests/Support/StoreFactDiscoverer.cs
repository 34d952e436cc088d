using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Readout.Tests.Support;

/// <summary>Finds <see cref="StoreFactAttribute"/> facts; those of a class that needs PostgreSQL are skipped where none is given.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    private readonly IMessageSink sink = diagnosticMessageSink;

    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var needsPostgres = testMethod.TestClass.Class.ToRuntimeType().GetCustomAttribute<NeedsPostgresAttribute>() is not null;
        return needsPostgres && PostgresTestDatabase.Server is null
            ? new SkippedStoreTestCase(sink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)
            : base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
    }
}
