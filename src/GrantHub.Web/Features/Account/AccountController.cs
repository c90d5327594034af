using FluentValidation;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Web.Composition;
using GrantHub.Web.Email;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Account;

[Route("account")]
public sealed class AccountController(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    IStringLocalizer<SharedResource> l,
    TimeProvider clock) : Controller
{
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginModel { ReturnUrl = returnUrl });

    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginModel model, [FromServices] IValidator<LoginModel> validator)
    {
        if (!(await validator.ValidateAsync(model)).CopyTo(ModelState)) return View(model);

        var result = await signIn.PasswordSignInAsync(model.Email.Trim(), model.Password, model.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl(model.ReturnUrl));
        ModelState.AddModelError("", result.IsLockedOut
            ? l["Too many failed attempts: this account is locked for 15 minutes. You can also reset your password."]
            : l["The e-mail address or password is not correct."]);
        return View(model);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return RedirectToAction("Index", "Home");
    }

    [HttpGet("register")]
    public IActionResult Register() => View(new RegisterModel());

    /// <summary>Self-registration makes an organization member; every other role is granted by an administrator.</summary>
    [HttpPost("register")]
    public async Task<IActionResult> Register(RegisterModel model, [FromServices] IValidator<RegisterModel> validator)
    {
        if (!(await validator.ValidateAsync(model)).CopyTo(ModelState)) return View(model);

        var user = AppUser.Create(model.Email, model.DisplayName, model.Mobile, clock.GetUtcNow().UtcDateTime);
        var created = await users.CreateAsync(user, model.Password);
        if (!created.Succeeded)
        {
            created.CopyTo(ModelState);
            return View(model);
        }
        await users.AddToRoleAsync(user, Roles.OrganizationMember);
        await signIn.SignInAsync(user, isPersistent: false);
        TempData.Flash(l["Welcome to GrantHub! Your account is ready."]);
        return RedirectToAction("Index", "Home");
    }

    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordModel());

    /// <summary>Answers the same whether or not the address has an account, so the form cannot be used to find accounts.</summary>
    [HttpPost("forgot-password")]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordModel model, [FromServices] IValidator<ForgotPasswordModel> validator,
        [FromServices] MailComposer mail, [FromServices] GrantHubDbContext db)
    {
        if (!(await validator.ValidateAsync(model)).CopyTo(ModelState)) return View(model);

        var user = await users.FindByEmailAsync(model.Email.Trim());
        if (user is not null)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = Url.Action(nameof(ResetPassword), "Account", new { email = user.Email, token }, Request.Scheme)!;
            db.OutboxMessages.Add(mail.Compose(user.Email!, user.DisplayName, l["Reset your GrantHub password"],
                [l["Someone asked to reset the password of your GrantHub account. If it was you, open the link below within 2 hours."],
                 l["If it was not you, ignore this e-mail: your password stays as it is."]],
                (l["Choose a new password"], link)));
            await db.SaveChangesAsync();
        }
        return View("ForgotPasswordSent", model);
    }

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? email, string? token) =>
        View(new ResetPasswordModel { Email = email ?? "", Token = token ?? "" });

    [HttpPost("reset-password")]
    public async Task<IActionResult> ResetPassword(ResetPasswordModel model, [FromServices] IValidator<ResetPasswordModel> validator)
    {
        if (!(await validator.ValidateAsync(model)).CopyTo(ModelState)) return View(model);

        var user = await users.FindByEmailAsync(model.Email.Trim());
        var result = user is null
            ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
            : await users.ResetPasswordAsync(user, model.Token, model.Password);
        if (!result.Succeeded)
        {
            result.CopyTo(ModelState);
            return View(model);
        }
        // Proving the mailbox is enough to lift a lockout.
        await users.SetLockoutEndDateAsync(user!, null);
        await users.ResetAccessFailedCountAsync(user!);
        TempData.Flash(l["Your password has been changed. Sign in with the new one."]);
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("access-denied")]
    public IActionResult AccessDenied() => View();

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
