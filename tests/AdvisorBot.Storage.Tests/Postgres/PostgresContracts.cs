using AdvisorBot.Storage.Tests.Contracts;

namespace AdvisorBot.Storage.Tests.Postgres;

// Every store contract on the PostgreSQL server of ADVISORBOT_TEST_POSTGRES, each test in a fresh schema.
public sealed class PostgresStateStoreContract() : StateStoreContract(new PostgresBackend()), INeedsPostgres;

public sealed class PostgresOutboxContract() : OutboxContract(new PostgresBackend()), INeedsPostgres;

public sealed class PostgresDeduplicatorContract() : DeduplicatorContract(new PostgresBackend()), INeedsPostgres;

public sealed class PostgresAppendLogContract() : AppendLogContract(new PostgresBackend()), INeedsPostgres;

public sealed class PostgresDirectLineStoreContract() : DirectLineStoreContract(new PostgresBackend()), INeedsPostgres;
