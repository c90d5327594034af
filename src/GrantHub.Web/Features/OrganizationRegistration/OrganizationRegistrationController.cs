using FluentValidation;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Organizations;
using GrantHub.Web.Authorization;
using GrantHub.Web.Composition;
using GrantHub.Web.Features.Organizations;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.OrganizationRegistration;

/// <summary>
/// An organization registers together with its first member's account, in one short form; a signed-in person without
/// an organization gets the same form without the account part. The person becomes the owner and an organization member.
/// </summary>
[Route("organizations/register")]
public sealed class OrganizationRegistrationController(
    GrantHubDbContext db,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    UserScope scope,
    IStringLocalizer<SharedResource> l,
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Register()
    {
        if (await AlreadyInAnOrganizationAsync() is { } redirect) return redirect;
        if (!SignedIn) return View(new RegisterOrganizationModel());
        // The signed-in person is most likely the contact: start from what their account says.
        var user = await users.GetUserAsync(User);
        return View(new RegisterOrganizationModel
        {
            WithAccount = false,
            ContactPerson = user?.DisplayName ?? "",
            ContactMobile = user?.PhoneNumber ?? "",
        });
    }

    [HttpPost("")]
    public async Task<IActionResult> Register(RegisterOrganizationModel model, [FromServices] IValidator<RegisterOrganizationModel> validator)
    {
        if (await AlreadyInAnOrganizationAsync() is { } redirect) return redirect;
        model.WithAccount = !SignedIn;
        if (!(await validator.ValidateAsync(model)).CopyTo(ModelState)) return View(model);

        var code = model.CreditCodeToStore();
        if (code is not null && await db.Organizations.AnyAsync(o => o.CreditCode == code))
        {
            ModelState.AddModelError(model.IdentifierField(), CreditCodeMessages.Duplicate(l));
            return View(model);
        }

        // Identity saves the user and the role by itself: one transaction makes the user, the role and the
        // organization land together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync();
        AppUser user;
        if (model.WithAccount)
        {
            user = AppUser.Create(model.Email, model.ContactPerson, model.ContactMobile, clock.GetUtcNow().UtcDateTime);
            var created = await users.CreateAsync(user, model.Password);
            if (!created.Succeeded)
            {
                created.CopyTo(ModelState);
                return View(model);
            }
        }
        else
        {
            user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user does not exist.");
        }
        if (!await users.IsInRoleAsync(user, Roles.OrganizationMember))
        {
            var role = await users.AddToRoleAsync(user, Roles.OrganizationMember);
            if (!role.Succeeded)
            {
                role.CopyTo(ModelState);
                return View(model);
            }
        }

        try
        {
            db.Organizations.Add(Organization.Register(model.Name, model.Type!.Value, model.Identifier(),
                model.ContactPerson, model.ContactMobile, user.Id, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return View(model);
        }
        catch (DbUpdateException)
        {
            // Lost a race: the same code registered a moment ago, or this person joined an organization meanwhile.
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
            if (code is not null && await db.Organizations.AnyAsync(o => o.CreditCode == code))
                ModelState.AddModelError(model.IdentifierField(), CreditCodeMessages.Duplicate(l));
            else if (!model.WithAccount && await db.OrganizationMembers.AnyAsync(m => m.UserId == user.Id))
                return RedirectToAction("Index", "MyOrganization");
            else
                throw;
            return View(model);
        }

        if (model.WithAccount) await signIn.SignInAsync(user, isPersistent: false);
        else await signIn.RefreshSignInAsync(user);
        TempData.Flash(l["Your organization is registered. Complete its profile whenever you are ready."]);
        return RedirectToAction("Index", "MyOrganization");
    }

    private bool SignedIn => User.Identity?.IsAuthenticated == true;

    /// <summary>A person belongs to one organization: someone who already does is sent to it.</summary>
    private async Task<IActionResult?> AlreadyInAnOrganizationAsync()
    {
        if (!SignedIn || await scope.OrganizationIdAsync() is null) return null;
        TempData.FlashError(l["You already belong to an organization: a person belongs to one organization only."]);
        return RedirectToAction("Index", "MyOrganization");
    }
}
