using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdvisorBot.Web.Tests.Infrastructure;

/// <summary>Starts a small Kestrel app on loopback for a fake cloud service, and tells where it listens.</summary>
public static class LoopbackServer
{
    public static async Task<(WebApplication App, IReadOnlyList<string> Addresses)> StartAsync(Action<WebApplication> map, Action<KestrelServerOptions>? listen = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(listen ?? (k => k.Listen(IPAddress.Loopback, 0)));
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return (app, [.. app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses]);
    }
}
