using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AdvisorBot.Web.Tests.Infrastructure;

/// <summary>The real host on Kestrel at a free 127.0.0.1 port, for clients that need a real socket (browsers, WebSockets).</summary>
public static class KestrelBot
{
    public static Uri Start(BotApplication bot)
    {
        bot.UseKestrel(0);
        bot.StartServer();
        var address = bot.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }
}
