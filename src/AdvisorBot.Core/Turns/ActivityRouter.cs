using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;

namespace AdvisorBot.Core.Turns;

public delegate Task TurnHandler(TurnContext turn, CancellationToken ct);

public delegate Task<InvokeResponse?> InvokeHandler(TurnContext turn, CancellationToken ct);

/// <summary>
/// Picks the handlers for an activity by its type (and name, for invokes and events). Handlers are added by
/// composition, not by overriding: <c>router.OnMessage(...).OnInvoke("adaptiveCard/action", ...)</c>.
/// Messages have one handler, the turn dispatcher, which decides what the message is for.
/// </summary>
public sealed class ActivityRouter
{
    private TurnHandler? _message;
    private readonly List<TurnHandler> _conversationUpdates = [];
    private readonly Dictionary<string, InvokeHandler> _invokes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TurnHandler> _events = new(StringComparer.OrdinalIgnoreCase);

    public ActivityRouter OnMessage(TurnHandler handler)
    {
        if (_message is not null)
        {
            throw new InvalidOperationException("Messages have one handler (the turn dispatcher); it is already set.");
        }

        _message = handler;
        return this;
    }

    public ActivityRouter OnConversationUpdate(TurnHandler handler)
    {
        _conversationUpdates.Add(handler);
        return this;
    }

    public ActivityRouter OnInvoke(string name, InvokeHandler handler)
    {
        _invokes[name] = handler;
        return this;
    }

    public ActivityRouter OnEvent(string name, TurnHandler handler)
    {
        _events[name] = handler;
        return this;
    }

    public async Task RouteAsync(TurnContext turn, CancellationToken ct)
    {
        var activity = turn.Activity;
        if (activity.IsType(ActivityTypes.Message))
        {
            if (_message is not null)
            {
                await _message(turn, ct).ConfigureAwait(false);
            }
        }
        else if (activity.IsType(ActivityTypes.ConversationUpdate))
        {
            foreach (var handler in _conversationUpdates)
            {
                await handler(turn, ct).ConfigureAwait(false);
            }
        }
        else if (activity.IsType(ActivityTypes.Invoke))
        {
            if (activity.Name is { } name && _invokes.TryGetValue(name, out var invoke))
            {
                turn.InvokeResponse = await invoke(turn, ct).ConfigureAwait(false);
            }
        }
        else if (activity.IsType(ActivityTypes.Event) && activity.Name is { } name && _events.TryGetValue(name, out var onEvent))
        {
            await onEvent(turn, ct).ConfigureAwait(false);
        }
    }
}
