using AdvisorBot.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
if (args is ["healthcheck", ..])
{
    return await HealthProbeCommand.RunAsync(builder.Configuration);
}

if (args is ["index", ..])
{
    return await IndexCommand.RunAsync(builder);
}

builder.AddAdvisorBot();

var app = builder.Build();
app.MapAdvisorBot();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
