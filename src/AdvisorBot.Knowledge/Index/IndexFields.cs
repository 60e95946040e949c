namespace AdvisorBot.Knowledge.Index;

/// <summary>The fields of an indexed passage and how much a match in each counts.</summary>
internal static class IndexFields
{
    public const string Id = "id";
    public const string Path = "path";
    public const string DocumentTitle = "doc_title";
    public const string Section = "section";
    public const string Start = "start";
    public const string Length = "length";
    public const string Text = "text";
    public const string Question = "question";
    public const string Origins = "origins";
    public const string Title = "title";
    public const string Body = "body";

    public static readonly IDictionary<string, float> Boosts = new Dictionary<string, float>
    {
        [Question] = 3.0f,
        [Title] = 1.5f,
        [Body] = 1.0f,
    };
}
