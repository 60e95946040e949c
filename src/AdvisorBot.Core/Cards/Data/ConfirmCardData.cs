namespace AdvisorBot.Core.Cards.Data;

/// <summary>
/// The data of the confirm card (cards/confirm.json): an old button would change an earlier answer, so the card
/// asks first; "change" re-sends the answer with "confirmed": true, "keep" shows where the decision stands.
/// </summary>
public sealed record ConfirmCardData(string Text, string ChangeTitle, string KeepTitle, string DecisionId, string QuestionId, string Choice);
