using FluentValidation;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Web.Composition;
using GrantHub.Web.Email;
using GrantHub.Web.Features.Applications;
using GrantHub.Web.Features.Shared;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace GrantHub.Web.Features.Screening;

/// <summary>
/// The bureau's side of applications (资格审查): an edition's applications with filters and paging, the Excel export
/// with budgets, and the screening page where the program officer passes an application or fails it with a reason
/// the organization reads. Administrators read everything here; only program officers decide.
/// </summary>
[Authorize(Roles = Roles.ProgramOfficer + "," + Roles.Administrator)]
public sealed class ScreeningController(GrantHubDbContext db, IStringLocalizer<SharedResource> l, TimeProvider clock) : Controller
{
    private const string FormPrefix = "Form";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [HttpGet("editions/{id:guid}/applications")]
    public async Task<IActionResult> Applications(Guid id, [FromQuery] ApplicationFilter filter)
    {
        var page = await ScreeningQueries.ListAsync(db, id, filter);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("editions/{id:guid}/applications.xlsx")]
    public async Task<IActionResult> Export(Guid id)
    {
        var data = await ScreeningQueries.ExportAsync(db, id);
        if (data is not var (editionName, rows, lines)) return NotFound();
        var byId = rows.ToDictionary(r => r.Id);
        var position = rows.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var applications = rows.Select((r, i) => new Dictionary<string, object?>
        {
            [l["No."]] = i + 1,
            [l["Project name"]] = r.ProjectName,
            [l["Organization"]] = r.OrganizationName,
            [l["Credit code or filing number"]] = r.CreditCode ?? r.FilingNumber,
            [l["Contact person"]] = r.ContactPerson,
            [l["Contact mobile"]] = r.ContactMobile,
            [l["Category"]] = r.CategoryName,
            [l["Status"]] = l[EnumLabels.Of(r.Status)].Value,
            [l["Submitted"]] = r.SubmittedAt?.ToChinaString(),
            [l["Number of beneficiaries"]] = r.BeneficiaryCount,
            [l["Fiscal funds requested (yuan)"]] = r.Fiscal.Yuan,
            [l["Matching funds (yuan)"]] = r.Matching.Yuan,
            [l["Project total (yuan)"]] = (r.Fiscal + r.Matching).Yuan,
            [l["Summary"]] = r.Summary,
            [l["Screening reason"]] = r.ScreeningReason,
        }).ToList();
        var budget = lines.Where(x => byId.ContainsKey(x.ApplicationId))
            .OrderBy(x => position[x.ApplicationId]).ThenBy(x => x.Order)
            .Select(x => new Dictionary<string, object?>
            {
                [l["Project name"]] = byId[x.ApplicationId].ProjectName,
                [l["Organization"]] = byId[x.ApplicationId].OrganizationName,
                [l["Line"]] = x.Order,
                [l["Subject"]] = x.Subject,
                [l["Description"]] = x.Description,
                [l["Unit price (yuan)"]] = x.UnitPrice.Yuan,
                [l["Quantity"]] = x.Quantity,
                [l["Subtotal (yuan)"]] = new Money(x.UnitPrice.Fen * x.Quantity).Yuan,
                [l["Paid from"]] = l[EnumLabels.Of(x.Source)].Value,
            }).ToList();
        var sheets = new Dictionary<string, object>
        {
            [l["Project applications"].Value] = applications,
            [l["Budget lines"].Value] = budget,
        };
        var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, excelType: ExcelType.XLSX);
        stream.Position = 0;
        var fileName = $"{editionName}-{ChinaTime.Today(clock):yyyyMMdd}.xlsx";
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName);
    }

    [HttpGet("applications/{id:guid}/screening")]
    public async Task<IActionResult> Screen(Guid id)
    {
        var application = await ApplicationQueries.LoadAsync(db, id, tracked: false);
        if (application is null || application.Status == ApplicationStatus.Draft) return NotFound();
        var form = new ScreeningForm
        {
            Version = application.Version,
            Decision = application.ScreeningPassed switch { true => ScreeningForm.Pass, false => ScreeningForm.Fail, null => null },
            Reason = application.ScreeningReason,
        };
        return View(await PageAsync(application, form));
    }

    [HttpPost("applications/{id:guid}/screening")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> Screen(Guid id, [Bind(Prefix = FormPrefix)] ScreeningForm form, [FromServices] IValidator<ScreeningForm> validator,
        [FromServices] MailComposer mail)
    {
        var application = await ApplicationQueries.LoadAsync(db, id, tracked: true);
        if (application is null || application.Status == ApplicationStatus.Draft) return NotFound();
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, FormPrefix) || !ModelState.IsValid)
            return View(await PageAsync(application, form));
        var page = await PageAsync(application, form);
        if (form.Passes && page.Eligibility.Any(c => c.Passed == false) && string.IsNullOrWhiteSpace(form.Reason))
        {
            ModelState.AddModelError($"{FormPrefix}.{nameof(ScreeningForm.Reason)}",
                l["An automatic check failed: note why the application is eligible all the same."]);
            return View(page);
        }

        db.Entry(application).Property(a => a.Version).OriginalValue = form.Version;
        try
        {
            application.Screen(form.Passes, form.Reason, User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value, Now);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return View(page);
        }
        var applicant = await db.Users.AsNoTracking().Where(u => u.Id == application.CreatedByUserId)
            .Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync();
        if (applicant?.Email is { } email)
        {
            var link = Url.Action("Details", "Applications", new { id }, Request.Scheme)!;
            db.OutboxMessages.Add(mail.Compose(email, applicant.DisplayName, l["Eligibility screening result: {0}", application.ProjectName],
                form.Passes
                    ? [l["The application \"{0}\" to {1} passed eligibility screening. Next: expert review.", application.ProjectName, page.View.EditionName]]
                    : [l["The application \"{0}\" to {1} did not pass eligibility screening.", application.ProjectName, page.View.EditionName],
                       l["Reason: {0}", form.Reason!.Trim()]],
                (l["View the application"], link), deduplicationKey: $"application-screened:{id}:{application.Version}"));
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Someone else screened this application meanwhile. Reload the page to see their decision."]);
            return View(page);
        }
        TempData.Flash(form.Passes ? l["The application passed eligibility screening."] : l["The application is marked not eligible; the organization reads the reason."]);
        return Redirect($"/editions/{application.EditionId}/applications");
    }

    private async Task<ScreeningPage> PageAsync(Application application, ScreeningForm form)
    {
        var edition = await ApplicationQueries.EditionAsync(db, application.EditionId);
        var view = await ApplicationQueries.ViewAsync(db, application, edition);
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == application.OrganizationId);
        var residencies = await db.Residencies.AsNoTracking().Where(r => r.OrganizationId == application.OrganizationId)
            .Select(r => r.Status).ToListAsync();
        return new ScreeningPage
        {
            View = view,
            Eligibility = Eligibility.Check(edition, organization, residencies, ChinaTime.Today(clock)),
            Form = form,
            CanDecide = User.IsInRole(Roles.ProgramOfficer),
        };
    }
}
