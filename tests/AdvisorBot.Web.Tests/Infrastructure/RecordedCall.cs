namespace AdvisorBot.Web.Tests.Infrastructure;

/// <summary>One HTTP call the fake cloud received.</summary>
public sealed record RecordedCall(string Method, string RawTarget, string? Authorization, string Body);

/// <summary>How the fake connector answers the next call: a status, an optional Retry-After and body.</summary>
public sealed record PlannedResponse(int Status, string? RetryAfter = null, string? Body = null);
