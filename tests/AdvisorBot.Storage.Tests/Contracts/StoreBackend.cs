using AdvisorBot.Channels.BotFramework;
using AdvisorBot.Channels.DirectLine;
using AdvisorBot.Channels.Outbox;
using AdvisorBot.Core.State;

namespace AdvisorBot.Storage.Tests.Contracts;

/// <summary>Every store of one provider, opened on the same data.</summary>
public sealed record StoreSet(IStateStore State, IAppendLog Log, IOutbox Outbox, IActivityDeduplicator Deduplicator, IDirectLineStore DirectLine);

/// <summary>Where a contract's stores keep their data: a temp SQLite file, or a fresh PostgreSQL schema.</summary>
public interface IStoreBackend : IDisposable
{
    /// <summary>A new set of stores on the same data, as a restarted process or a second instance opens them.</summary>
    StoreSet Open(TimeProvider time);
}

/// <summary>Marks a contract's test class that needs the PostgreSQL server (skipped, saying so, without it).</summary>
public interface INeedsPostgres;
