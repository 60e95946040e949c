namespace AdvisorBot.Storage.Tests.Contracts;

/// <summary>What every activity de-duplicator must do: one first delivery per id within the window, on any instance.</summary>
public abstract class DeduplicatorContract(IStoreBackend backend) : StoreContract(backend)
{
    [StoreFact]
    public async Task FirstDeliveryAsync_IsTrueOnce_ThenFalse_OnEveryInstance()
    {
        var (one, two) = (Open().Deduplicator, Open().Deduplicator);

        Assert.True(await one.FirstDeliveryAsync("msteams|c1|a1", Ct));
        Assert.False(await one.FirstDeliveryAsync("msteams|c1|a1", Ct));
        Assert.False(await two.FirstDeliveryAsync("msteams|c1|a1", Ct));
        Assert.True(await two.FirstDeliveryAsync("msteams|c1|a2", Ct));
    }

    [StoreFact]
    public async Task TheSameActivityDeliveredToTwoInstancesAtOnce_HasExactlyOneFirstDelivery()
    {
        var instances = new[] { Open().Deduplicator, Open().Deduplicator };
        for (var round = 0; round < 5; round++)
        {
            var key = $"msteams|c1|race-{round}";
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var racing = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            {
                await start.Task;
                return await instances[i % 2].FirstDeliveryAsync(key, Ct);
            })).ToList();
            start.SetResult();

            Assert.Single(await Task.WhenAll(racing), first => first);
        }
    }

    [StoreFact]
    public async Task AfterTheWindow_AnIdIsNewAgain()
    {
        var store = Open().Deduplicator;
        Assert.True(await store.FirstDeliveryAsync("k", Ct));

        Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.False(await store.FirstDeliveryAsync("k", Ct));
        Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.True(await Open().Deduplicator.FirstDeliveryAsync("k", Ct));
        Assert.False(await store.FirstDeliveryAsync("k", Ct));
    }
}
