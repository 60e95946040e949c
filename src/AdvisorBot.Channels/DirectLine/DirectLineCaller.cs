namespace AdvisorBot.Channels.DirectLine;

/// <summary>Who is calling the Direct Line endpoint, once their Authorization header is checked.</summary>
public sealed record DirectLineCaller(DirectLineTokenClaims? Token)
{
    /// <summary>The secret's holder, or anyone in local mode: any conversation.</summary>
    public static DirectLineCaller Trusted { get; } = new((DirectLineTokenClaims?)null);

    /// <summary>Whether this caller may use the conversation: a token reaches only its own.</summary>
    public bool MayUse(string conversationId) => Token is null || string.Equals(Token.ConversationId, conversationId, StringComparison.Ordinal);
}

/// <summary>The outcome of checking a caller: a caller, or the HTTP status and reason to refuse with.</summary>
public sealed record DirectLineAuthorization(DirectLineCaller? Caller, int Status, string? Reason)
{
    public static DirectLineAuthorization Allow(DirectLineCaller caller) => new(caller, 200, null);

    public static DirectLineAuthorization Refuse(int status, string reason) => new(null, status, reason);
}
