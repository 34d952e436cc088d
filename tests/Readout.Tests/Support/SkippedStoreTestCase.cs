using Xunit.Abstractions;
using Xunit.Sdk;

namespace Readout.Tests.Support;

/// <summary>A PostgreSQL store test where no server is given: reported skipped with <see cref="PostgresTestDatabase.Absent"/>.</summary>
public sealed class SkippedStoreTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedStoreTestCase()
    {
    }

    public SkippedStoreTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method)
        : base(sink, display, options, method)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => PostgresTestDatabase.Absent;
}
