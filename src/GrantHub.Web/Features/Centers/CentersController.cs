using FluentValidation;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Web.Composition;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Centers;

/// <summary>Administrators keep the list of incubation centers: settings, desks and the staff who work there.</summary>
[Authorize(Roles = Roles.Administrator)]
[Route("admin/centers")]
public sealed class CentersController(GrantHubDbContext db, UserManager<AppUser> users, IStringLocalizer<SharedResource> l) : Controller
{
    private const string FormPrefix = nameof(CenterEditPage.Form);
    private const string StaffPrefix = nameof(CenterEditPage.Staff);

    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await CenterQueries.ListAsync(db));

    [HttpGet("new")]
    public IActionResult Create() => View("Edit", new CenterEditPage());

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = FormPrefix)] CenterForm form, [FromServices] IValidator<CenterForm> validator)
    {
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, FormPrefix)) return View("Edit", new CenterEditPage { Form = form });
        if (await NameTakenAsync(form.Name!, null)) return View("Edit", new CenterEditPage { Form = form });

        var center = new IncubationCenter { Name = form.Name!.Trim(), Level = form.Level, Address = form.Address?.Trim() ?? "" };
        if (!Applied(() => center.ChangeDesks(form.Desks!.Value, []), nameof(CenterForm.Desks))
            | !Applied(() => center.ChangePassMark(form.GraduationPassMark!.Value), nameof(CenterForm.GraduationPassMark)))
            return View("Edit", new CenterEditPage { Form = form });
        db.IncubationCenters.Add(center);
        if (!await SavedAsync()) return View("Edit", new CenterEditPage { Form = form });
        TempData.Flash(l["The center {0} has been created. Add its staff below.", center.Name]);
        return RedirectToAction(nameof(Edit), new { id = center.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id)
    {
        var page = await CenterQueries.EditPageAsync(db, id);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] CenterForm form, [FromServices] IValidator<CenterForm> validator)
    {
        var center = await db.IncubationCenters.SingleOrDefaultAsync(c => c.Id == id);
        if (center is null) return NotFound();
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, FormPrefix)) return await EditViewAsync(id, form);
        if (await NameTakenAsync(form.Name!, id)) return await EditViewAsync(id, form);

        var desksInUse = await CenterQueries.DesksInUseAsync(db, id);
        if (!Applied(() => center.ChangeDesks(form.Desks!.Value, desksInUse), nameof(CenterForm.Desks))
            | !Applied(() => center.ChangePassMark(form.GraduationPassMark!.Value), nameof(CenterForm.GraduationPassMark)))
            return await EditViewAsync(id, form);
        center.Name = form.Name!.Trim();
        center.Level = form.Level;
        center.Address = form.Address?.Trim() ?? "";
        if (!await SavedAsync()) return await EditViewAsync(id, form);
        TempData.Flash(l["The center's settings have been saved."]);
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>
    /// Posts a registered person to the center, granting the center-staff role if they lack it; the role grant is
    /// written to the audit trail like any other, and saved together with the posting.
    /// </summary>
    [HttpPost("{id:int}/staff")]
    public async Task<IActionResult> AddStaff(int id, [Bind(Prefix = StaffPrefix)] AddStaffForm form, [FromServices] IValidator<AddStaffForm> validator)
    {
        if (!await db.IncubationCenters.AnyAsync(c => c.Id == id)) return NotFound();
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, StaffPrefix)) return await EditViewAsync(id, staff: form);

        var user = await users.FindByEmailAsync(form.Email!.Trim());
        if (user is null)
        {
            ModelState.AddModelError($"{StaffPrefix}.{nameof(AddStaffForm.Email)}", l["No one has an account with this e-mail. Ask the person to register first, then add them."]);
            return await EditViewAsync(id, staff: form);
        }
        if (await db.CenterStaff.AnyAsync(s => s.CenterId == id && s.UserId == user.Id))
        {
            ModelState.AddModelError($"{StaffPrefix}.{nameof(AddStaffForm.Email)}", l["{0} already works at this center.", user.DisplayName]);
            return await EditViewAsync(id, staff: form);
        }

        db.CenterStaff.Add(new CenterStaffMember { CenterId = id, UserId = user.Id });
        if (await users.IsInRoleAsync(user, Roles.CenterStaff))
        {
            await db.SaveChangesAsync();
        }
        else
        {
            // AddToRoleAsync saves the shared DbContext: the posting and the role grant are one save.
            var granted = await users.AddToRoleAsync(user, Roles.CenterStaff);
            if (!granted.Succeeded)
            {
                granted.CopyTo(ModelState);
                return await EditViewAsync(id, staff: form);
            }
        }
        TempData.Flash(l["{0} now works at this center.", user.DisplayName]);
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>Ends a posting. The person keeps the center-staff role (they may work at another center); an administrator removes it on the user's page.</summary>
    [HttpPost("{id:int}/staff/remove")]
    public async Task<IActionResult> RemoveStaff(int id, string userId)
    {
        var posting = await db.CenterStaff.SingleOrDefaultAsync(s => s.CenterId == id && s.UserId == userId);
        if (posting is null) return NotFound();
        db.CenterStaff.Remove(posting);
        await db.SaveChangesAsync();
        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync();
        TempData.Flash(l["{0} no longer works at this center.", name ?? ""]);
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>Runs a rule-checked change; a refusal is shown beside the field it is about.</summary>
    private bool Applied(Action change, string field)
    {
        try
        {
            change();
            return true;
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError($"{FormPrefix}.{field}", ex.Localize(l));
            return false;
        }
    }

    private async Task<IActionResult> EditViewAsync(int id, CenterForm? form = null, AddStaffForm? staff = null)
    {
        var page = await CenterQueries.EditPageAsync(db, id);
        if (page is null) return NotFound();
        if (form is not null) page.Form = form;
        if (staff is not null) page.Staff = staff;
        return View("Edit", page);
    }

    private async Task<bool> NameTakenAsync(string name, int? exceptId)
    {
        var trimmed = name.Trim();
        if (!await db.IncubationCenters.AnyAsync(c => c.Name == trimmed && c.Id != exceptId)) return false;
        ModelState.AddModelError($"{FormPrefix}.{nameof(CenterForm.Name)}", l["A center with this name already exists."]);
        return true;
    }

    /// <summary>Saves; a center created or renamed at the same moment with the same name is caught by the unique index.</summary>
    private async Task<bool> SavedAsync()
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            ModelState.AddModelError($"{FormPrefix}.{nameof(CenterForm.Name)}", l["A center with this name already exists."]);
            return false;
        }
    }
}
