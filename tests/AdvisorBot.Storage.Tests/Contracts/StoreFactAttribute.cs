using AdvisorBot.TestSupport;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace AdvisorBot.Storage.Tests.Contracts;

/// <summary>
/// A fact of a store contract, run once per provider by the classes deriving from the contract. In a class marked
/// <see cref="INeedsPostgres"/> it is skipped, saying what is missing and how to supply it, when there is no
/// PostgreSQL server (<see cref="TestPostgres"/>); elsewhere, and with the server, it runs as any fact.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("AdvisorBot.Storage.Tests.Contracts.StoreFactDiscoverer", "AdvisorBot.Storage.Tests")]
public sealed class StoreFactAttribute : FactAttribute;

public sealed class StoreFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var options = discoveryOptions.MethodDisplayOptionsOrDefault();
        var needsPostgres = testMethod.TestClass.Class.Interfaces.Any(i => i.Name == typeof(INeedsPostgres).FullName);
        return needsPostgres && !TestPostgres.Present
            ? [new XunitSkippedDataRowTestCase(diagnostics, display, options, testMethod, TestPostgres.MissingMessage)]
            : [new XunitTestCase(diagnostics, display, options, testMethod)];
    }
}
