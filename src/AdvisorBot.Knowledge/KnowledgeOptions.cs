namespace AdvisorBot.Knowledge;

public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>The folder of Markdown, text and HTML files to answer from; relative paths are relative to the app's folder.</summary>
    public string ContentPath { get; set; } = "content";

    /// <summary>Where the Lucene index lives; empty means "index" inside the data folder (State:DataPath).</summary>
    public string IndexPath { get; set; } = string.Empty;

    /// <summary>Answers below this confidence (0–1) become "my sources don't cover that" with suggestions.</summary>
    public double ConfidenceThreshold { get; set; } = Answering.ConfidenceModel.DefaultThreshold;

    public AzureOpenAIOptions AzureOpenAI { get; set; } = new();

    public EmbeddingOptions Embeddings { get; set; } = new();

    public string ResolvedContentPath => Path.GetFullPath(ContentPath, AppContext.BaseDirectory);
}

/// <summary>Optional generative phrasing. Off unless Endpoint and Deployment are set.</summary>
public sealed class AzureOpenAIOptions
{
    public string Endpoint { get; set; } = string.Empty;
    public string Deployment { get; set; } = string.Empty;
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>The generative answer's time budget; past it, the extractive answer is sent. Well inside the channels' 15 s.</summary>
    public double TimeoutSeconds { get; set; } = 6;

    public bool IsConfigured => Endpoint.Length > 0 && Deployment.Length > 0;
}

/// <summary>The sentence-embedding model for semantic matching: "minilm" (bundled, the default) or "none" (lexical only).</summary>
public sealed class EmbeddingOptions
{
    public string Model { get; set; } = "minilm";

    public bool Enabled => !string.Equals(Model, "none", StringComparison.OrdinalIgnoreCase);
}
