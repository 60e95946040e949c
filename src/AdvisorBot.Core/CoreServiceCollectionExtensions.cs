using AdvisorBot.Channels.Telemetry;
using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Answers;
using AdvisorBot.Core.Cards;
using AdvisorBot.Core.Conversations;
using AdvisorBot.Core.Decisions;
using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Help;
using AdvisorBot.Core.Summaries;
using AdvisorBot.Core.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AdvisorBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The bot's behaviour: the turn processor, its routes and the data it reads at start-up.</summary>
    public static IServiceCollection AddAdvisorBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CardOptions>().Bind(configuration.GetSection(CardOptions.SectionName));
        services.AddSingleton<CardLibrary>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddOptions<DecisionOptions>().Bind(configuration.GetSection(DecisionOptions.SectionName));
        services.AddSingleton<DecisionCatalog>();
        services.AddBotTelemetry();
        services.AddSingleton<IQuestionAnswerer>(sp => new MeasuredAnswerer(new KnowledgeBasePendingAnswerer(), sp.GetRequiredService<BotTelemetry>()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CardRenderer>();
        services.AddSingleton<DecisionDialog>();
        services.AddSingleton<SummaryHandler>();
        services.AddSingleton<AskHandler>();
        services.AddSingleton<HelpHandler>();
        services.AddSingleton<TurnDispatcher>();
        services.AddSingleton<CardActionHandler>();
        services.AddSingleton(sp => new ActivityRouter()
            .OnConversationUpdate(WelcomeHandler.HandleAsync)
            .OnMessage(sp.GetRequiredService<TurnDispatcher>().OnMessageAsync)
            .OnInvoke(CardAction.InvokeName, sp.GetRequiredService<CardActionHandler>().HandleAsync));
        services.AddSingleton<IBot, TurnProcessor>();
        return services;
    }
}
