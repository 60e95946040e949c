using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.State;

namespace AdvisorBot.Core.Decisions;

/// <summary>
/// The turn's one read of its dialog session: the key, what was read (for the one conditional write that follows)
/// and the session when one is under way.
/// </summary>
public sealed record LoadedSession(string Key, StateEntry? Read, DialogSession? Active);
