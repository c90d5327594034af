using System.Globalization;
using GrantHub.Web.Features.Account;
using GrantHub.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Tests.Localization;

/// <summary>FluentValidation's built-in messages and our field names follow the person's language.</summary>
public sealed class ValidationMessageLanguageTests
{
    private static IStringLocalizer<SharedResource> Localizer() =>
        new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider()
            .GetRequiredService<IStringLocalizer<SharedResource>>();

    private static List<string> MessagesFor(RegisterModel model, string culture)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
            return new RegisterModelValidator(Localizer()).Validate(model).Errors.Select(e => e.ErrorMessage).ToList();
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void An_empty_email_is_reported_in_chinese_by_default_culture()
    {
        var messages = MessagesFor(new RegisterModel { DisplayName = "刘会长", Mobile = "13912345678", Password = "a long phrase", ConfirmPassword = "a long phrase" }, "zh-CN");
        Assert.Contains(messages, m => m.Contains("电子邮箱") && m.Contains("不能为空"));
    }

    [Fact]
    public void An_empty_email_is_reported_in_english_when_english_is_chosen()
    {
        var messages = MessagesFor(new RegisterModel { DisplayName = "Liu", Mobile = "13912345678", Password = "a long phrase", ConfirmPassword = "a long phrase" }, "en");
        Assert.Contains(messages, m => m.Contains("E-mail") && m.Contains("must not be empty"));
    }

    [Fact]
    public void A_wrong_mobile_number_gets_our_own_message_in_chinese()
    {
        var messages = MessagesFor(new RegisterModel { DisplayName = "刘会长", Email = "liu@example.cn", Mobile = "12345", Password = "a long phrase", ConfirmPassword = "a long phrase" }, "zh-CN");
        Assert.Equal(["请输入11位中国大陆手机号码，例如 13912345678。"], messages);
    }
}
