namespace AdvisorBot.Web.Tests.Infrastructure;

/// <summary>Tests that measure the process's CPU time: run on their own, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CpuMeasuring
{
    public const string Name = "CPU measuring";
}
