using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Turns;

/// <summary>What a message turn asks of the bot, read once from the activity before anything is done.</summary>
public enum IntentKind
{
    /// <summary>A command ("decide", "back", "summary", "ask …"), typed or from a card button.</summary>
    Command,

    /// <summary>A reply to the pending question of the decision under way, typed or from a card.</summary>
    Answer,

    /// <summary>A question for the knowledge base.</summary>
    Question,

    /// <summary>"helpful" / "not helpful" about the last answer.</summary>
    Feedback,

    /// <summary>Thanks, "ok", an emoji: a short reply, never an answer from the sources.</summary>
    SmallTalk,

    /// <summary>"hi": the bot introduces itself.</summary>
    Greeting,

    /// <summary>Plain words asking to run the decision ("can you help me decide between node and python?").</summary>
    StartDecision,

    /// <summary>A message that describes choosing a backend ("we need to pick a backend for our ML platform"): the decision is offered.</summary>
    OfferDecision,

    /// <summary>Nothing the bot can act on (an unknown card payload).</summary>
    NotUnderstood,
}

/// <summary>
/// The turn's intent: its kind, the text it carries (the answer, the question), the command, and the card
/// submission when a button sent it.
/// </summary>
public sealed record TurnIntent(IntentKind Kind, string Text, DialogCommand Command, CardSubmission? Card)
{
    public static TurnIntent Of(IntentKind kind, string text, CardSubmission? card = null) => new(kind, text, DialogCommand.None, card);

    public static TurnIntent OfCommand(DialogCommand command, CardSubmission? card = null) => new(IntentKind.Command, command.Argument, command, card);
}
