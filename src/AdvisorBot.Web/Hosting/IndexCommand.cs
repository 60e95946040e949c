using System.Diagnostics;
using AdvisorBot.Knowledge;
using AdvisorBot.Knowledge.Index;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Web.Hosting;

/// <summary>
/// <c>dotnet run --project src/AdvisorBot.Web -- index</c>: indexes the content folder (Knowledge:ContentPath) into the
/// data folder with a progress bar, then exits. The bot started afterwards opens that index at once.
/// </summary>
internal static class IndexCommand
{
    private const int BarWidth = 30;

    public static async Task<int> RunAsync(WebApplicationBuilder builder)
    {
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.AddAdvisorBot();
        await using var app = builder.Build();
        var index = app.Services.GetRequiredService<KnowledgeIndex>();
        var options = app.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
        Console.WriteLine($"Indexing {options.ResolvedContentPath} into {options.IndexPath}");
        var clock = Stopwatch.StartNew();
        var files = 0;
        var progress = new Progress<(int Done, int Total, string File)>(p =>
        {
            files = p.Total;
            var filled = p.Total == 0 ? BarWidth : p.Done * BarWidth / p.Total;
            Console.Write($"\r[{new string('#', filled)}{new string(' ', BarWidth - filled)}] {p.Done}/{p.Total} {Shorten(p.File),-40}");
        });
        var built = await index.EnsureBuiltAsync(CancellationToken.None, progress);
        Console.WriteLine();
        Console.WriteLine(built
            ? $"Indexed {files} files ({index.Current!.PassageCount} passages) in {clock.Elapsed.TotalSeconds:0.0} s ({files / Math.Max(clock.Elapsed.TotalSeconds, 0.001):0} documents/s)."
            : $"The index is up to date ({index.Current!.PassageCount} passages); nothing to do.");
        return 0;
    }

    private static string Shorten(string file) => file.Length <= 40 ? file : "…" + file[^39..];
}
