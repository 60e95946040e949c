namespace AdvisorBot.Core.Cards.Data;

/// <summary>
/// The data of the clarify card (cards/clarify.json): a reply the bot was not sure of, asked back with one button per
/// candidate answer; each button answers the question as a card submission would.
/// </summary>
public sealed record ClarifyCardData(string Text, string DecisionId, string QuestionId, IReadOnlyList<ClarifyChoice> Choices);

/// <summary>One candidate: its label, and the "choice" the button sends (choice ids separated by commas, or a scale step).</summary>
public sealed record ClarifyChoice(string Title, string Choice);
