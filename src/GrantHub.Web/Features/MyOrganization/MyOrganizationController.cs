using System.Security.Claims;
using FluentValidation;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Organizations;
using GrantHub.Web.Authorization;
using GrantHub.Web.Composition;
using GrantHub.Web.Email;
using GrantHub.Web.Features.Organizations;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.MyOrganization;

/// <summary>
/// The signed-in person's own organization: its profile and what is next, the owner's profile form, the members and
/// their invitations. Every action works on the person's organization from <see cref="UserScope"/>, never on an id
/// from the request, and the owner's actions ask <see cref="Operations.Edit"/>.
/// </summary>
[Authorize]
public sealed class MyOrganizationController(
    GrantHubDbContext db,
    UserScope scope,
    IAuthorizationService authorization,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    IStringLocalizer<SharedResource> l,
    TimeProvider clock) : Controller
{
    [HttpGet("/organization")]
    public async Task<IActionResult> Index()
    {
        var userId = scope.UserId!;
        if (await scope.OrganizationIdAsync() is not { } orgId)
        {
            var email = (User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "").ToLowerInvariant();
            var now = Now;
            var invitations = await db.OrganizationInvitations.AsNoTracking()
                .Where(i => i.Email == email && i.AcceptedAt == null && i.WithdrawnAt == null && i.ExpiresAt > now)
                .Join(db.Organizations, i => i.OrganizationId, o => o.Id, (i, o) => new OpenInvitationRow(i.Token, o.Name, i.ExpiresAt))
                .ToListAsync();
            return View(new MyOrganizationPage(null, false, userId, invitations));
        }
        var profile = await OrganizationProfiles.LoadAsync(db, orgId);
        return View(new MyOrganizationPage(profile, await scope.IsOwnerAsync(), userId, []));
    }

    [HttpGet("/organization/edit")]
    public async Task<IActionResult> Edit()
    {
        if (await OwnOrganizationAsync(Operations.Edit) is not (var orgId, null) ) return await RefusalAsync();
        var org = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == orgId);
        return View(OrganizationProfileModel.From(org));
    }

    /// <summary>
    /// Saves the whole profile. A changed name or code withdraws the verification (the entity decides, the page says
    /// so); a profile someone else saved meanwhile is not overwritten: the person is told to reload, input kept.
    /// </summary>
    [HttpPost("/organization/edit")]
    public async Task<IActionResult> Edit(OrganizationProfileModel model, [FromServices] IValidator<OrganizationProfileModel> validator)
    {
        if (await OwnOrganizationAsync(Operations.Edit) is not (var orgId, null)) return await RefusalAsync();
        var valid = (await validator.ValidateAsync(model)).CopyTo(ModelState);
        if (!valid || !ModelState.IsValid) return View(model);

        var code = model.CreditCodeToStore();
        if (code is not null && await db.Organizations.AnyAsync(o => o.CreditCode == code && o.Id != orgId))
        {
            ModelState.AddModelError(model.IdentifierField(), CreditCodeMessages.Duplicate(l));
            return View(model);
        }

        var org = await db.Organizations.FirstAsync(o => o.Id == orgId);
        // The version the person saw, not the one just read: a save in between makes this one fail.
        db.Entry(org).Property(o => o.Version).OriginalValue = model.Version;
        var wasVerified = org.IsVerified;
        try
        {
            org.SetIdentity(model.Name, model.Type!.Value, model.Identifier());
            org.SetContact(model.ContactPerson, model.ContactMobile);
            model.CopyDetailsTo(org);
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return View(model);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Someone else saved this profile while you were editing it. Your input is still below: copy what you need, reload the page to see their changes, and save again."]);
            return View(model);
        }
        catch (DbUpdateException) when (code is not null)
        {
            db.ChangeTracker.Clear();
            if (!await db.Organizations.AnyAsync(o => o.CreditCode == code && o.Id != orgId)) throw;
            ModelState.AddModelError(model.IdentifierField(), CreditCodeMessages.Duplicate(l));
            return View(model);
        }

        TempData.Flash(wasVerified && !org.IsVerified
            ? l["The profile is saved. Because the name or the code changed, the verification was withdrawn: center staff will check the documents again."]
            : l["The profile is saved."]);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("/organization/members")]
    public async Task<IActionResult> Members()
    {
        if (await OwnOrganizationAsync(Operations.View) is not (var orgId, null)) return await RefusalAsync();
        return View(await MembersPageAsync(orgId));
    }

    /// <summary>Writes the invitation and its e-mail in one save; the link works once, for 7 days, for that address.</summary>
    [HttpPost("/organization/members/invite")]
    public async Task<IActionResult> Invite(InviteMemberModel model, [FromServices] IValidator<InviteMemberModel> validator,
        [FromServices] MailComposer mail)
    {
        if (await OwnOrganizationAsync(Operations.Edit) is not (var orgId, null)) return await RefusalAsync();
        var email = (model.Email ?? "").Trim().ToLowerInvariant();
        if ((await validator.ValidateAsync(model)).CopyTo(ModelState)
            && await db.OrganizationMembers.AnyAsync(m => m.OrganizationId == orgId && db.Users.Any(u => u.Id == m.UserId && u.NormalizedEmail == email.ToUpperInvariant())))
            ModelState.AddModelError(nameof(model.Email), l["{0} is already a member of your organization.", email]);
        if (!ModelState.IsValid)
        {
            var page = await MembersPageAsync(orgId);
            page.Email = model.Email ?? "";
            return View(nameof(Members), page);
        }

        var org = await db.Organizations.AsNoTracking().Where(o => o.Id == orgId).Select(o => o.Name).FirstAsync();
        var inviter = User.FindFirstValue(Account.AppClaims.DisplayName) ?? User.Identity!.Name!;
        var invitation = OrganizationInvitation.Create(orgId, email, scope.UserId!, Now);
        var link = Url.Action(nameof(Invitation), "MyOrganization", new { token = invitation.Token }, Request.Scheme)!;
        db.OrganizationInvitations.Add(invitation);
        db.OutboxMessages.Add(mail.Compose(email, email, l["{0} invites you to join {1} on GrantHub", inviter, org],
            [l["{0} invites you to join {1} on GrantHub, where your organization keeps its profile, its residency at an incubation center and its applications.", inviter, org],
             l["The link works once, for 7 days, for this e-mail address. If you have no account yet, you can create one on the way."]],
            (l["Accept the invitation"], link)));
        await db.SaveChangesAsync();
        TempData.Flash(l["The invitation is on its way to {0}.", email]);
        return RedirectToAction(nameof(Members));
    }

    [HttpPost("/organization/members/remove")]
    public async Task<IActionResult> RemoveMember(MemberActionModel model)
    {
        if (await OwnOrganizationAsync(Operations.Edit) is not (var orgId, null)) return await RefusalAsync();
        var org = await db.Organizations.Include(o => o.Members).FirstAsync(o => o.Id == orgId);
        var name = await DisplayNameAsync(model.UserId);
        org.RemoveMember(model.UserId);
        await db.SaveChangesAsync();
        // A person left with no organization loses the role too (it would only show them empty pages); an invitation
        // gives it back. Their open sessions are refreshed without it at the next security-stamp check (within a minute).
        if (!await db.OrganizationMembers.AnyAsync(m => m.UserId == model.UserId) && await users.FindByIdAsync(model.UserId) is { } removed
            && await users.IsInRoleAsync(removed, Roles.OrganizationMember))
            await users.RemoveFromRoleAsync(removed, Roles.OrganizationMember);
        TempData.Flash(l["{0} is no longer a member.", name]);
        return RedirectToAction(nameof(Members));
    }

    /// <summary>The owner takes back an invitation not yet answered (a wrong address, a person who changed their mind).</summary>
    [HttpPost("/organization/invitations/{id:guid}/withdraw")]
    public async Task<IActionResult> WithdrawInvitation(Guid id)
    {
        if (await OwnOrganizationAsync(Operations.Edit) is not (var orgId, null)) return await RefusalAsync();
        var invitation = await db.OrganizationInvitations.FirstOrDefaultAsync(i => i.Id == id && i.OrganizationId == orgId);
        if (invitation is null) return NotFound();
        invitation.Withdraw(Now);
        await db.SaveChangesAsync();
        TempData.Flash(l["The invitation to {0} is withdrawn: its link no longer works.", invitation.Email]);
        return RedirectToAction(nameof(Members));
    }

    [HttpPost("/organization/members/hand-over")]
    public async Task<IActionResult> HandOver(MemberActionModel model)
    {
        if (await OwnOrganizationAsync(Operations.Edit) is not (var orgId, null)) return await RefusalAsync();
        var org = await db.Organizations.Include(o => o.Members).FirstAsync(o => o.Id == orgId);
        var name = await DisplayNameAsync(model.UserId);
        org.HandOverOwnership(scope.UserId!, model.UserId);
        await db.SaveChangesAsync();
        TempData.Flash(l["{0} is now the owner of the organization.", name]);
        return RedirectToAction(nameof(Members));
    }

    [AllowAnonymous]
    [HttpGet("/invitations/{token}")]
    public async Task<IActionResult> Invitation(string token)
    {
        var page = await InvitationPageAsync(token);
        if (page.State == InvitationState.NotFound) Response.StatusCode = StatusCodes.Status404NotFound;
        return View(page);
    }

    /// <summary>The signed-in person with the invited address joins; the audit records the new member.</summary>
    [HttpPost("/invitations/{token}")]
    public async Task<IActionResult> Accept(string token)
    {
        var page = await InvitationPageAsync(token);
        if (page.State != InvitationState.CanAccept)
        {
            // The page says why (used, expired, another address, already a member).
            return RedirectToAction(nameof(Invitation), new { token });
        }
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user does not exist.");
        return await JoinAsync(token, user, newAccount: false);
    }

    /// <summary>A newcomer creates an account with the invited address and joins in the same step.</summary>
    [AllowAnonymous]
    [HttpPost("/invitations/{token}/register")]
    public async Task<IActionResult> RegisterAndAccept(string token, InvitationAccountModel model,
        [FromServices] IValidator<InvitationAccountModel> validator)
    {
        var page = await InvitationPageAsync(token);
        if (page.State != InvitationState.SignInOrRegister) return RedirectToAction(nameof(Invitation), new { token });
        if (!(await validator.ValidateAsync(model)).CopyTo(ModelState)) return InvitationWithInput(page, model);

        await using var transaction = await db.Database.BeginTransactionAsync();
        // The link in the e-mail proves the mailbox.
        var user = AppUser.Create(page.InvitedEmail, model.DisplayName, model.Mobile, Now, emailConfirmed: true);
        var created = await users.CreateAsync(user, model.Password);
        if (!created.Succeeded)
        {
            created.CopyTo(ModelState);
            return InvitationWithInput(page, model);
        }
        return await JoinAsync(token, user, newAccount: true, transaction);
    }

    private async Task<IActionResult> JoinAsync(string token, AppUser user, bool newAccount, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? started = null)
    {
        await using var transaction = started ?? await db.Database.BeginTransactionAsync();
        var invitation = await db.OrganizationInvitations.FirstAsync(i => i.Token == token);
        var org = await db.Organizations.Include(o => o.Members).FirstAsync(o => o.Id == invitation.OrganizationId);
        try
        {
            invitation.Accept(org, user.Id, user.Email!, Now);
            await db.SaveChangesAsync();
            if (!await users.IsInRoleAsync(user, Roles.OrganizationMember))
                await users.AddToRoleAsync(user, Roles.OrganizationMember);
            await transaction.CommitAsync();
        }
        catch (DbUpdateException)
        {
            // A person belongs to one organization: they joined another one a moment ago.
            await transaction.RollbackAsync();
            TempData.FlashError(l["You already belong to an organization: a person belongs to one organization only."]);
            return RedirectToAction(nameof(Invitation), new { token });
        }
        if (newAccount) await signIn.SignInAsync(user, isPersistent: false);
        else await signIn.RefreshSignInAsync(user);
        TempData.Flash(l["Welcome to {0}: you are now a member.", org.Name]);
        return RedirectToAction(nameof(Index));
    }

    private ViewResult InvitationWithInput(InvitationPage page, InvitationAccountModel model)
    {
        page.DisplayName = model.DisplayName;
        page.Mobile = model.Mobile;
        return View(nameof(Invitation), page);
    }

    private async Task<InvitationPage> InvitationPageAsync(string token)
    {
        var found = await db.OrganizationInvitations.AsNoTracking().Where(i => i.Token == token)
            .Select(i => new
            {
                i.Email,
                i.OrganizationId,
                i.AcceptedAt,
                i.WithdrawnAt,
                i.ExpiresAt,
                Organization = db.Organizations.Where(o => o.Id == i.OrganizationId).Select(o => o.Name).FirstOrDefault(),
                InvitedBy = db.Users.Where(u => u.Id == i.InvitedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .FirstOrDefaultAsync();
        var page = new InvitationPage { Token = token };
        if (found is null) return page;
        page.OrganizationName = found.Organization ?? "";
        page.InvitedBy = found.InvitedBy ?? "";
        page.InvitedEmail = found.Email;
        page.ExpiresAt = found.ExpiresAt;
        var signedIn = User.Identity?.IsAuthenticated == true;
        page.SignedInAs = signedIn ? User.FindFirstValue(ClaimTypes.Email) ?? User.Identity!.Name ?? "" : "";
        var mine = signedIn ? await scope.OrganizationIdAsync() : null;
        page.State = found switch
        {
            { AcceptedAt: not null } when mine == found.OrganizationId => InvitationState.AlreadyMember,
            { AcceptedAt: not null } => InvitationState.Used,
            { WithdrawnAt: not null } => InvitationState.Withdrawn,
            _ when Now >= found.ExpiresAt => InvitationState.Expired,
            _ when !signedIn => InvitationState.SignInOrRegister,
            _ when mine == found.OrganizationId => InvitationState.AlreadyMember,
            _ when mine is not null => InvitationState.InAnotherOrganization,
            _ when !string.Equals(page.SignedInAs, found.Email, StringComparison.OrdinalIgnoreCase) => InvitationState.WrongAccount,
            _ => InvitationState.CanAccept,
        };
        return page;
    }

    private async Task<MembersPage> MembersPageAsync(Guid orgId)
    {
        var now = Now;
        var profile = (await OrganizationProfiles.LoadAsync(db, orgId))!;
        var invitations = await db.OrganizationInvitations.AsNoTracking()
            .Where(i => i.OrganizationId == orgId && i.AcceptedAt == null && i.WithdrawnAt == null && i.ExpiresAt > now)
            .Select(i => new InvitationRow(i.Id, i.Email, i.CreatedAt, i.ExpiresAt))
            .ToListAsync();
        return new MembersPage
        {
            Profile = profile,
            OpenInvitations = invitations.OrderByDescending(i => i.CreatedAt).ToList(),
            IsOwner = await scope.IsOwnerAsync(),
            UserId = scope.UserId!,
        };
    }

    private async Task<string> DisplayNameAsync(string userId) =>
        await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync() ?? "";

    /// <summary>The person's organization and whether they may do <paramref name="operation"/> on it (null refusal = allowed).</summary>
    private async Task<(Guid OrgId, string? Refusal)> OwnOrganizationAsync(Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation)
    {
        if (await scope.OrganizationIdAsync() is not { } orgId) return (Guid.Empty, "none");
        var allowed = await authorization.AuthorizeAsync(User, new OrganizationResource(orgId), operation);
        return (orgId, allowed.Succeeded ? null : "forbidden");
    }

    /// <summary>Without an organization, "my organization" explains how to get one; a member who is not the owner is refused.</summary>
    private async Task<IActionResult> RefusalAsync() =>
        await scope.OrganizationIdAsync() is null ? RedirectToAction(nameof(Index)) : Forbid();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
