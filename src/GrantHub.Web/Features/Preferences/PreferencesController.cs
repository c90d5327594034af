using FluentValidation;
using GrantHub.Core.Identity;
using GrantHub.Web.Composition;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Preferences;

/// <summary>
/// The signed-in person's own preferences: the language of the e-mails and reminders sent to them, and whether optional
/// reminders come by e-mail (overdue reminders always do; in-app notifications always come).
/// </summary>
[Authorize]
[Route("account/preferences")]
public sealed class PreferencesController(UserManager<AppUser> users, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        return View(new PreferencesModel
        {
            EmailCulture = PreferencesModel.Cultures.Contains(user.PreferredCulture) ? user.PreferredCulture : LocalizationSetup.DefaultCulture,
            MuteOptionalReminderEmail = user.MutesOptionalReminderEmail,
        });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(PreferencesModel model, [FromServices] IValidator<PreferencesModel> validator)
    {
        if (!(await validator.ValidateAsync(model)).CopyTo(ModelState)) return View(model);
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        user.PreferredCulture = model.EmailCulture;
        user.MutesOptionalReminderEmail = model.MuteOptionalReminderEmail;
        var saved = await users.UpdateAsync(user);
        if (!saved.Succeeded)
        {
            saved.CopyTo(ModelState);
            return View(model);
        }
        TempData.Flash(l["Your preferences are saved."]);
        return Redirect("/account/preferences");
    }
}

public sealed class PreferencesModel
{
    public static readonly string[] Cultures = ["zh-CN", "en"];

    /// <summary>"zh-CN" or "en".</summary>
    public string EmailCulture { get; set; } = LocalizationSetup.DefaultCulture;

    public bool MuteOptionalReminderEmail { get; set; }
}

public sealed class PreferencesModelValidator : AbstractValidator<PreferencesModel>
{
    public PreferencesModelValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.EmailCulture).Must(c => PreferencesModel.Cultures.Contains(c))
            .WithMessage(_ => l["Choose Chinese or English."]).WithName(_ => l["Language of e-mails"]);
    }
}
