using System.ClientModel;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AdvisorBot.Knowledge.Index;
using Azure.AI.OpenAI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI.Chat;

namespace AdvisorBot.Knowledge.Generative;

/// <summary>
/// Phrases an answer with Azure OpenAI from the top retrieved passages only, with numbered citations. Refuses when
/// the passages don't support an answer. Returns null on timeout, error, or a reply that cites nothing it was given,
/// so the caller falls back to the extractive answer.
/// </summary>
public sealed partial class GenerativeAnswerer
{
    public const string NoAnswer = "NO_ANSWER";

    private const string Instructions =
        "You answer questions for an engineering team comparing Node.js and Python backends. Use ONLY the numbered " +
        "passages provided. Answer in at most three sentences and cite every claim with the passage number in " +
        "square brackets, like [1]. If the passages do not contain the answer, reply exactly " + NoAnswer + ".";

    private readonly ChatClient? _chat;
    private readonly TimeSpan _budget;
    private readonly ILogger<GenerativeAnswerer> _logger;

    public GenerativeAnswerer(IOptions<KnowledgeOptions> options, ILogger<GenerativeAnswerer> logger, HttpClient? transport = null)
    {
        _logger = logger;
        var settings = options.Value.AzureOpenAI;
        _budget = TimeSpan.FromSeconds(settings.TimeoutSeconds);
        if (!settings.IsConfigured)
        {
            return;
        }

        var clientOptions = new AzureOpenAIClientOptions { NetworkTimeout = _budget, RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(maxRetries: 0) };
        if (transport is not null)
        {
            clientOptions.Transport = new System.ClientModel.Primitives.HttpClientPipelineTransport(transport);
        }

        var client = new AzureOpenAIClient(new Uri(settings.Endpoint), new ApiKeyCredential(settings.ApiKey), clientOptions);
        _chat = client.GetChatClient(settings.Deployment);
    }

    public bool IsEnabled => _chat is not null;

    public sealed record Result(bool Refused, string Text, IReadOnlyList<int> Cited);

    public async Task<Result?> AnswerAsync(string question, IReadOnlyList<SearchHit> passages, CancellationToken ct)
    {
        if (_chat is null || passages.Count == 0)
        {
            return null;
        }

        var prompt = new StringBuilder("Passages:\n");
        for (var i = 0; i < passages.Count; i++)
        {
            prompt.Append(CultureInfo.InvariantCulture, $"[{i + 1}] ({passages[i].Passage.DocumentTitle} › {passages[i].Passage.Section}) {passages[i].Passage.Text}\n");
        }

        prompt.Append(CultureInfo.InvariantCulture, $"\nQuestion: {question}");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_budget);
        try
        {
            var completion = await _chat.CompleteChatAsync(
                [new SystemChatMessage(Instructions), new UserChatMessage(prompt.ToString())],
                new ChatCompletionOptions { Temperature = 0, MaxOutputTokenCount = 300 },
                timeout.Token).ConfigureAwait(false);
            var text = string.Concat(completion.Value.Content.Select(p => p.Text)).Trim();
            if (text.Contains(NoAnswer, StringComparison.Ordinal))
            {
                return new Result(true, text, []);
            }

            var cited = Citation().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().ToList();
            if (cited.Count == 0 || cited.Any(n => n < 1 || n > passages.Count))
            {
                _logger.LogWarning("Discarded a generative answer that cited no given passage");
                return null;
            }

            return new Result(false, text, cited);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            _logger.LogWarning("Azure OpenAI did not answer within {Seconds} s; using the extractive answer", _budget.TotalSeconds);
            return null;
        }
        catch (Exception ex) when (ex is ClientResultException or HttpRequestException or InvalidOperationException or System.Text.Json.JsonException)
        {
            _logger.LogWarning("Azure OpenAI failed ({Reason}); using the extractive answer", ex.GetType().Name);
            return null;
        }
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Citation();
}
