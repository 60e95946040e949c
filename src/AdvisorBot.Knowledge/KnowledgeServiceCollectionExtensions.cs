using AdvisorBot.Channels.Telemetry;
using AdvisorBot.Core.Answers;
using AdvisorBot.Core.Decisions.Understanding;
using AdvisorBot.Knowledge.Answering;
using AdvisorBot.Knowledge.Embeddings;
using AdvisorBot.Knowledge.Generative;
using AdvisorBot.Knowledge.Index;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    public const string ReadyTag = "ready";
    public const string AzureOpenAIHttpClient = "AzureOpenAI";

    /// <summary>The knowledge base: options, the index (built in the background), answering, its readiness check.</summary>
    public static IServiceCollection AddAdvisorBotKnowledge(this IServiceCollection services, IConfiguration configuration, string defaultIndexPath)
    {
        services.AddOptions<KnowledgeOptions>()
            .Bind(configuration.GetSection(KnowledgeOptions.SectionName))
            .PostConfigure(o => o.IndexPath = Path.GetFullPath(string.IsNullOrWhiteSpace(o.IndexPath) ? defaultIndexPath : o.IndexPath))
            .Validate(o => o.ConfidenceThreshold is >= 0 and <= 1, "Knowledge:ConfidenceThreshold must be between 0 and 1.")
            .Validate(o => o.Embeddings.Model.ToLowerInvariant() is "minilm" or "none", "Knowledge:Embeddings:Model must be \"minilm\" (the bundled model) or \"none\" (lexical matching only).")
            .Validate(o => !o.AzureOpenAI.IsConfigured || Uri.TryCreate(o.AzureOpenAI.Endpoint, UriKind.Absolute, out _), "Knowledge:AzureOpenAI:Endpoint must be an absolute URL.")
            .Validate(o => o.AzureOpenAI.TimeoutSeconds is > 0 and <= 12, "Knowledge:AzureOpenAI:TimeoutSeconds must be above 0 and at most 12 (channels give up after 15 s).")
            .ValidateOnStart();
        services.TryAddSingleton<IEmbedderLoader, MiniLmLoader>();
        services.AddSingleton<EmbeddingModel>();
        // Typed answers to decision questions are matched by meaning with the same model.
        services.RemoveAll<ISentenceEncoder>();
        services.AddSingleton<ISentenceEncoder, EmbeddingSentenceEncoder>();
        services.AddSingleton<KnowledgeIndex>();
        services.AddHostedService<KnowledgeIndexer>();
        services.AddSingleton<AnswerService>();
        services.AddHttpClient(AzureOpenAIHttpClient, c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton(sp => new GenerativeAnswerer(
            sp.GetRequiredService<IOptions<KnowledgeOptions>>(),
            sp.GetRequiredService<ILogger<GenerativeAnswerer>>(),
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(AzureOpenAIHttpClient)));
        services.RemoveAll<IQuestionAnswerer>();
        services.AddSingleton<KnowledgeAnswerer>();
        services.AddBotTelemetry();
        services.AddSingleton<IQuestionAnswerer>(sp => new MeasuredAnswerer(sp.GetRequiredService<KnowledgeAnswerer>(), sp.GetRequiredService<BotTelemetry>()));
        services.AddHealthChecks().AddCheck<KnowledgeIndexHealthCheck>("knowledge-index", tags: [ReadyTag]);
        return services;
    }
}
