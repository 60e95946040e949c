using AdvisorBot.Channels.BotFramework.Auth;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Channels.Tests.BotFramework.Auth;

public sealed class BotFrameworkOptionsValidatorTests
{
    private readonly BotFrameworkOptionsValidator _validator = new();

    [Fact]
    public void Validate_LocalModeWithDefaults_Succeeds()
    {
        var options = new BotFrameworkOptions();

        var result = _validator.Validate(null, options);

        Assert.True(options.IsLocalMode);
        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData(BotAppTypes.MultiTenant, null)]
    [InlineData(BotAppTypes.SingleTenant, "tenant-1")]
    [InlineData("singletenant", "tenant-1")]
    public void Validate_AppIdWithPassword_Succeeds(string appType, string? tenantId)
    {
        var result = _validator.Validate(null, Registered(appType, tenantId));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("http://example.com/.well-known/openidconfiguration")]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("http://10.1.2.3:8080/metadata")]
    public void Validate_HttpMetadataUrlOnARemoteHost_FailsNamingTheSetting(string url)
    {
        var result = _validator.Validate(null, new BotFrameworkOptions { OpenIdMetadataUrl = url });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("BotFramework:OpenIdMetadataUrl", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5001/.well-known/openidconfiguration")]
    [InlineData("http://localhost:5001/.well-known/openidconfiguration")]
    [InlineData("http://[::1]:5001/.well-known/openidconfiguration")]
    public void Validate_HttpMetadataUrlOnLoopback_Succeeds(string url)
    {
        var result = _validator.Validate(null, new BotFrameworkOptions { OpenIdMetadataUrl = url, EntraOpenIdMetadataUrl = url, AuthorityHost = url });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_HttpEntraMetadataAndAuthorityOnARemoteHost_FailNamingEachSetting()
    {
        var result = _validator.Validate(null, new BotFrameworkOptions
        {
            EntraOpenIdMetadataUrl = "http://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
            AuthorityHost = "http://login.microsoftonline.com",
        });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("BotFramework:EntraOpenIdMetadataUrl", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("BotFramework:AuthorityHost", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Failures!, f => f.Contains("BotFramework:OpenIdMetadataUrl", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("login.botframework.com/v1/.well-known/openidconfiguration")]
    public void Validate_MetadataUrlThatIsNotAbsolute_Fails(string url)
    {
        var result = _validator.Validate(null, new BotFrameworkOptions { OpenIdMetadataUrl = url });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("BotFramework:OpenIdMetadataUrl", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SingleTenantWithoutTenantId_Fails()
    {
        var result = _validator.Validate(null, Registered(BotAppTypes.SingleTenant, tenantId: null));

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("MicrosoftAppTenantId", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_AppIdWithoutPassword_Fails(string? password)
    {
        var options = Registered(BotAppTypes.MultiTenant, tenantId: null);
        options.MicrosoftAppPassword = password;

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("MicrosoftAppPassword", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(BotAppTypes.UserAssignedMsi)]
    [InlineData("userassignedmsi")]
    public void Validate_UserAssignedMsi_FailsAsUnsupported(string appType)
    {
        var result = _validator.Validate(null, Registered(appType, tenantId: "tenant-1"));

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("UserAssignedMsi is not supported", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnknownAppType_FailsNamingIt()
    {
        var result = _validator.Validate(null, Registered("Federated", tenantId: null));

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("'Federated'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_LocalMode_IgnoresAppTypeAndPassword()
    {
        var options = new BotFrameworkOptions { MicrosoftAppType = BotAppTypes.SingleTenant, MicrosoftAppId = " " };

        var result = _validator.Validate(null, options);

        Assert.True(options.IsLocalMode);
        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData(1023)]
    [InlineData(64 * 1024 * 1024 + 1)]
    public void Validate_MaxRequestBodyBytesOutOfRange_Fails(int bytes)
    {
        var result = _validator.Validate(null, new BotFrameworkOptions { MaxRequestBodyBytes = bytes });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("BotFramework:MaxRequestBodyBytes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Validate_ConnectorMaxRetriesOutOfRange_Fails(int retries)
    {
        var result = _validator.Validate(null, new BotFrameworkOptions { ConnectorMaxRetries = retries });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("BotFramework:ConnectorMaxRetries", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsAllOfThem()
    {
        var options = Registered(BotAppTypes.SingleTenant, tenantId: null);
        options.MicrosoftAppPassword = null;
        options.OpenIdMetadataUrl = "http://example.com/";

        var result = _validator.Validate(null, options);

        Assert.Equal(3, result.Failures!.Count());
    }

    private static BotFrameworkOptions Registered(string appType, string? tenantId) => new()
    {
        MicrosoftAppId = "00000000-0000-0000-0000-000000000001",
        MicrosoftAppPassword = "secret",
        MicrosoftAppType = appType,
        MicrosoftAppTenantId = tenantId,
    };
}
