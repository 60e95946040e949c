using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Answers;
using AdvisorBot.Core.Cards;
using AdvisorBot.Core.Conversations;
using AdvisorBot.Core.Decisions;
using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Help;
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
        services.AddSingleton<IQuestionAnswerer, KnowledgeBasePendingAnswerer>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DecisionDialog>();
        services.AddSingleton<AskHandler>();
        services.AddSingleton<HelpHandler>();
        services.AddSingleton(sp =>
        {
            var help = sp.GetRequiredService<HelpHandler>();
            return new ActivityRouter()
                .OnConversationUpdate(WelcomeHandler.HandleAsync)
                .OnMessage(sp.GetRequiredService<DecisionDialog>().HandleAsync)
                .OnMessage(sp.GetRequiredService<AskHandler>().HandleAsync)
                .OnMessage(help.HandleMessageAsync)
                .OnInvoke(CardAction.InvokeName, help.HandleCardActionAsync);
        });
        services.AddSingleton<IBot, TurnProcessor>();
        return services;
    }
}
