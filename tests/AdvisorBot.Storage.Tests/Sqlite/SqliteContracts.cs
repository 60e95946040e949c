using AdvisorBot.Storage.Tests.Contracts;

namespace AdvisorBot.Storage.Tests.Sqlite;

// Every store contract on a real SQLite file.
public sealed class SqliteStateStoreContract() : StateStoreContract(new SqliteBackend());

public sealed class SqliteOutboxContract() : OutboxContract(new SqliteBackend());

public sealed class SqliteDeduplicatorContract() : DeduplicatorContract(new SqliteBackend());

public sealed class SqliteAppendLogContract() : AppendLogContract(new SqliteBackend());

public sealed class SqliteDirectLineStoreContract() : DirectLineStoreContract(new SqliteBackend());
