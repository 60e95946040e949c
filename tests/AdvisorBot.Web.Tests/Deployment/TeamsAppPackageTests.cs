using System.IO.Compression;
using System.Text.Json.Nodes;
using AdvisorBot.Core.Help;
using AdvisorBot.Web.Tests.Infrastructure;

namespace AdvisorBot.Web.Tests.Deployment;

/// <summary>
/// deploy/teams: the manifest against Microsoft's published schema for its version (npm @microsoft/app-manifest,
/// with Ajv), the commands it lists against the bot's own, the icons Teams asks for, and the zip the script makes.
/// </summary>
public sealed class TeamsAppPackageTests
{
    private const string AppId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    private const string BotId = "9b2d7c1e-5a44-4c3b-8f0e-7d6a5b4c3a21";
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "deploy", "teams");
    private static readonly string Manifest = Path.Combine(Folder, "manifest.json");

    [Fact]
    public async Task TheManifest_ValidatesAgainstTheTeamsSchemaOfItsVersion_1_17OrLater()
    {
        var result = await ValidateAsync(Manifest);

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = JsonNode.Parse(result.Output)!;
        Assert.True(report["ok"]!.GetValue<bool>(), result.Output);
        Assert.True(Version.Parse(report["manifestVersion"]!.GetValue<string>()) >= new Version(1, 17), result.Output);
        Assert.EndsWith($"v{report["manifestVersion"]}/MicrosoftTeams.schema.json", report["schema"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSchemaCheck_RejectsAManifestWithMistakes()
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Manifest))!;
        manifest["id"] = "not-a-guid";
        manifest["bots"]![0]!["scopes"]!.AsArray().Add("everywhere");
        var file = Path.Combine(Path.GetTempPath(), $"teams-manifest-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, manifest.ToJsonString());
        try
        {
            var result = await ValidateAsync(file);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("/id must match pattern", result.Output, StringComparison.Ordinal);
            Assert.Contains("/bots/0/scopes/3 must be equal to one of the allowed values", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void TheBot_OffersItsOwnCommands_InPersonalTeamAndGroupChatScopes()
    {
        var bot = JsonNode.Parse(File.ReadAllText(Manifest))!["bots"]![0]!;
        var expected = BotIntroduction.Commands.Select(c => (Title: c.Command.Split(' ')[0], c.Description)).ToList();

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var lists = bot["commandLists"]!.AsArray();
        Assert.Equal(["groupChat", "personal", "team"], lists.SelectMany(l => l!["scopes"]!.AsArray().Select(s => s!.GetValue<string>())).Order());
        Assert.All(lists, list => Assert.Equal(expected,
            list!["commands"]!.AsArray().Select(c => (c!["title"]!.GetValue<string>(), c["description"]!.GetValue<string>())).ToList()));
    }

    [Fact]
    public void TheIcons_AreA192PixelColourIcon_AndA32PixelWhiteOnTransparentOutline()
    {
        var icons = JsonNode.Parse(File.ReadAllText(Manifest))!["icons"]!;
        var color = PngImage.Read(Path.Combine(Folder, icons["color"]!.GetValue<string>()));
        var outline = PngImage.Read(Path.Combine(Folder, icons["outline"]!.GetValue<string>()));

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal(6, outline.ColorType);
        var outlinePixels = Enumerable.Range(0, 32 * 32).Select(i => outline.Pixel(i % 32, i / 32)).ToList();
        Assert.All(outlinePixels, p => Assert.True(p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255), $"outline pixel {p} is neither white nor transparent"));
        Assert.Contains(outlinePixels, p => p.A == 0);
        Assert.Contains(outlinePixels, p => p.A == 255);
        var corner = color.Pixel(0, 0);
        Assert.Equal(JsonNode.Parse(File.ReadAllText(Manifest))!["accentColor"]!.GetValue<string>(), $"#{corner.R:X2}{corner.G:X2}{corner.B:X2}");
    }

    [Fact]
    public async Task TheCommittedIcons_AreWhatTheIconScriptDraws()
    {
        var folder = Directory.CreateTempSubdirectory("teams-icons-").FullName;
        try
        {
            var result = await ToolProcess.RunAsync("python3", [Path.Combine(Folder, "make-icons.py"), folder], TimeSpan.FromMinutes(2));

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Folder, "color.png")), await File.ReadAllBytesAsync(Path.Combine(folder, "color.png")));
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Folder, "outline.png")), await File.ReadAllBytesAsync(Path.Combine(folder, "outline.png")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ThePackageScript_ZipsTheManifestWithItsTwoIcons_AtTheRoot_WithTheIdsGiven()
    {
        var folder = Directory.CreateTempSubdirectory("teams-package-").FullName;
        var zip = Path.Combine(folder, "advisorbot-teams.zip");
        try
        {
            var result = await ToolProcess.RunAsync("python3", [Path.Combine(Folder, "package-app.py"), "--app-id", AppId, "--version", "1.2.3", "--out", zip],
                TimeSpan.FromMinutes(1), environment: new Dictionary<string, string> { ["MicrosoftAppId"] = BotId });

            Assert.True(result.ExitCode == 0, result.ToString());
            using (var archive = ZipFile.OpenRead(zip))
            {
                Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
                foreach (var icon in new[] { "color.png", "outline.png" })
                {
                    using var stream = archive.GetEntry(icon)!.Open();
                    using var copy = new MemoryStream();
                    await stream.CopyToAsync(copy);
                    Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Folder, icon)), copy.ToArray());
                }

                archive.GetEntry("manifest.json")!.ExtractToFile(Path.Combine(folder, "manifest.json"));
            }

            var packaged = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "manifest.json")))!;
            Assert.Equal(AppId, packaged["id"]!.GetValue<string>());
            Assert.Equal(BotId, packaged["bots"]![0]!["botId"]!.GetValue<string>());
            Assert.Equal("1.2.3", packaged["version"]!.GetValue<string>());
            var check = await ValidateAsync(Path.Combine(folder, "manifest.json"));
            Assert.True(check.ExitCode == 0, check.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("--app-id", "not-a-guid")]
    [InlineData("--bot-id", "")]
    public async Task ThePackageScript_RefusesAnIdThatIsNotAGuid_AndWritesNothing(string option, string value)
    {
        var folder = Directory.CreateTempSubdirectory("teams-package-").FullName;
        var zip = Path.Combine(folder, "advisorbot-teams.zip");
        try
        {
            string[] args = option == "--app-id"
                ? [Path.Combine(Folder, "package-app.py"), "--app-id", value, "--bot-id", BotId, "--out", zip]
                : [Path.Combine(Folder, "package-app.py"), "--app-id", AppId, "--bot-id", value, "--out", zip];

            var result = await ToolProcess.RunAsync("python3", args, TimeSpan.FromMinutes(1), environment: new Dictionary<string, string> { ["MicrosoftAppId"] = "" });

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("must be a GUID", result.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(zip));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<ToolResult> ValidateAsync(string manifest)
    {
        await NodeClients.PathOfAsync(Path.Combine("@microsoft", "app-manifest", "package.json"));
        return await ToolProcess.RunAsync("node", [Path.Combine(RepositoryPaths.TestClients, "validate-teams-manifest.js"), manifest], TimeSpan.FromMinutes(1));
    }
}
