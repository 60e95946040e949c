using AdvisorBot.Core;
using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Understanding;
using AdvisorBot.Knowledge.Embeddings;
using AdvisorBot.Knowledge.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Knowledge.Tests.Understanding;

/// <summary>
/// Typed answers read with the bundled embedding model against the shipped decision files: meaning settles what the
/// words leave open only when it is clearly ahead, offers back what is only close, and never changes what the words
/// decided.
/// </summary>
public sealed class MeaningWithTheModelTests
{
    private static readonly Lazy<DecisionCatalog> Catalog = new(() =>
        new DecisionCatalog(Options.Create(new DecisionOptions { Path = Path.Combine(Paths.Root, "dialogs"), DefaultDecision = "node-or-python" })));

    private static readonly AnswerReader WithModel = new(Encoder("minilm"));

    [Theory]
    // Words alone offer both API choices. Meaning leans to the one inside the API, but where the words tie it must
    // clear its own bar to record, and here it does not: both are offered back rather than one recorded on a lean.
    [InlineData("model-serving", "the API calls the model directly", "ask:in-api|separate-service", "ask:in-api|separate-service")]
    // No word of any choice: meaning offers its closest, but is not sure enough to record.
    [InlineData("experience", "a couple of years", "x", "ask:some")]
    [InlineData("workload", "it mostly shuffles JSON between services", "x", "ask:io")]
    [InlineData("workload", "purple elephants", "x", "x")]
    // A negation: the model does not read it, so it is not asked.
    [InlineData("experience", "not a couple of years", "x", "x")]
    public void Meaning_SettlesOnlyWhatWordsLeaveOpen(string questionId, string text, string byWords, string withMeaning)
    {
        var question = Question("node-or-python", questionId);

        Assert.Equal(byWords, Reading(AnswerReader.WordsOnly.Read(question, text)));
        Assert.Equal(withMeaning, Reading(WithModel.Read(question, text)));
    }

    [Theory]
    [InlineData("realtime", "we don't need any live updates")]
    [InlineData("admin", "we don't need an admin")]
    [InlineData("ml", "not central at all")]
    [InlineData("operations", "what is PM2?")]
    [InlineData("workload", "it's I/O-bound")]
    [InlineData("peak-load", "tens of thousands at peak")]
    [InlineData("team-languages", "we know both TypeScript and Python well")]
    [InlineData("operations", "containers on our Kubernetes cluster")]
    [InlineData("architecture", "a few microservices, plus serverless functions for batch triggers")]
    [InlineData("model-serving", "no ML in the API, a separate service")]
    public void WhatWordsDecide_MeaningLeavesAlone(string questionId, string text)
    {
        var question = Question("node-or-python", questionId);

        Assert.Equal(Reading(AnswerReader.WordsOnly.Read(question, text)), Reading(WithModel.Read(question, text)));
    }

    [Fact]
    public void Encoder_GivesUnitVectors_OrNothingWhenTheModelIsOff()
    {
        var vectors = Encoder("minilm").Encode(["containers on Kubernetes"], CancellationToken.None);

        Assert.NotNull(vectors);
        Assert.InRange(vectors[0].Sum(v => v * v), 0.99, 1.01);
        Assert.Null(Encoder("none").Encode(["containers on Kubernetes"], CancellationToken.None));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void KnowledgeRegistration_ReplacesTheWordsOnlyEncoder_InEitherOrder(bool coreFirst)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();
        if (coreFirst)
        {
            services.AddAdvisorBotCore(configuration);
        }

        services.AddAdvisorBotKnowledge(configuration, Path.GetTempPath());
        if (!coreFirst)
        {
            services.AddAdvisorBotCore(configuration);
        }

        var encoder = Assert.Single(services, d => d.ServiceType == typeof(ISentenceEncoder));
        Assert.Equal(typeof(EmbeddingSentenceEncoder), encoder.ImplementationType);
    }

    private static Question Question(string decisionId, string questionId) => Catalog.Value.Get(decisionId).FindQuestion(questionId)!;

    private static EmbeddingSentenceEncoder Encoder(string model) => new(new EmbeddingModel(
        Options.Create(new KnowledgeOptions { Embeddings = new EmbeddingOptions { Model = model } }), new SharedLoader(), NullLogger<EmbeddingModel>.Instance));

    private static string Reading(Understood understood) => understood switch
    {
        Understood.Recorded r => "=" + string.Join(',', r.Value.Choices) + r.Value.Scale,
        Understood.Clarify c => "ask:" + string.Join('|', c.Candidates.Select(k => string.Join(',', k.Value.Choices) + k.Value.Scale)),
        Understood.Question => "?",
        _ => "x",
    };

    private sealed class SharedLoader : IEmbedderLoader
    {
        public ITextEmbedder Load() => SharedModel.Embedder;
    }
}
