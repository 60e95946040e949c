using Microsoft.Extensions.Options;

namespace AdvisorBot.Channels.BotFramework.Auth;

/// <summary>Rejects settings that would run the bot insecurely or not at all, naming the setting.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var errors = new List<string>();
        CheckUrl(errors, "BotFramework:OpenIdMetadataUrl", options.OpenIdMetadataUrl);
        CheckUrl(errors, "BotFramework:EntraOpenIdMetadataUrl", options.EntraOpenIdMetadataUrl);
        CheckUrl(errors, "BotFramework:AuthorityHost", options.AuthorityHost);

        if (options.MaxRequestBodyBytes is < 1024 or > 64 * 1024 * 1024)
        {
            errors.Add("BotFramework:MaxRequestBodyBytes must be between 1024 and 67108864.");
        }

        if (options.ConnectorMaxRetries is < 0 or > 10)
        {
            errors.Add("BotFramework:ConnectorMaxRetries must be between 0 and 10.");
        }

        if (!options.IsLocalMode)
        {
            CheckAppType(errors, options);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckAppType(List<string> errors, BotFrameworkOptions options)
    {
        if (string.Equals(options.MicrosoftAppType, BotAppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("MicrosoftAppType UserAssignedMsi is not supported: use MultiTenant or SingleTenant with MicrosoftAppPassword.");
            return;
        }

        if (!options.IsSingleTenant && !string.Equals(options.MicrosoftAppType, BotAppTypes.MultiTenant, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"MicrosoftAppType must be MultiTenant or SingleTenant, not '{options.MicrosoftAppType}'.");
        }

        if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            errors.Add("MicrosoftAppPassword is required when MicrosoftAppId is set.");
        }

        if (options.IsSingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            errors.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
        }
    }

    private static void CheckUrl(List<string> errors, string key, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            errors.Add($"{key} must be an absolute URL.");
        }
        else if (!SecureUrl.IsAllowed(uri))
        {
            errors.Add($"{key} must use https (plain http is accepted only for loopback hosts).");
        }
    }
}
