namespace AdvisorBot.TestSupport;

/// <summary>A fact that needs the seed articles: skipped, saying what is missing and how to supply it, when they are absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute()
    {
        if (!SeedArticles.Present)
        {
            Skip = SeedArticles.MissingMessage;
        }
    }
}

/// <summary>A theory that needs the seed articles: skipped, saying what is missing and how to supply it, when they are absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class SeedsTheoryAttribute : TheoryAttribute
{
    public SeedsTheoryAttribute()
    {
        if (!SeedArticles.Present)
        {
            Skip = SeedArticles.MissingMessage;
        }
    }
}
