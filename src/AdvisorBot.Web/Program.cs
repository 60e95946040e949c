using AdvisorBot.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddAdvisorBot();

var app = builder.Build();
app.MapAdvisorBot();
app.Run();

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
