using FluentValidation;
using GrantHub.Core;
using GrantHub.Core.Competitions;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Web.Composition;
using GrantHub.Web.Features.Competitions;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Editions;

/// <summary>
/// The program officer prepares each edition of the venture competition section by section (one form each), then
/// publishes its call. Once the published edition opens, the rules submitted applications were checked against are
/// frozen: the entity refuses, the page says so and keeps what was typed. Administrators may read, not change.
/// </summary>
[Authorize(Roles = Roles.ProgramOfficer + "," + Roles.Administrator)]
[Route("editions")]
public sealed class EditionsController(GrantHubDbContext db, IStringLocalizer<SharedResource> l, TimeProvider clock) : Controller
{
    private const string FormPrefix = "Form";
    private const int PageSize = 20;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [HttpGet("")]
    public async Task<IActionResult> Index(int? page) =>
        View(await EditionQueries.ListAsync(db, ChinaTime.Today(clock), Page<EditionRow>.Clamp(page), PageSize));

    [HttpGet("new")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> Create()
    {
        var today = ChinaTime.Today(clock);
        // The organizer rarely changes from one edition to the next: offer the last one's.
        var organizer = await db.Editions.AsNoTracking().OrderByDescending(e => e.Year).ThenByDescending(e => e.OpensOn)
            .Select(e => e.Organizer).FirstOrDefaultAsync();
        return View(new CreateEditionForm { Year = today.Year, Organizer = organizer, OpensOn = today.AddMonths(1), ClosesOn = today.AddMonths(2) });
    }

    [HttpPost("new")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> Create(CreateEditionForm form, [FromServices] IValidator<CreateEditionForm> validator)
    {
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState) || !ModelState.IsValid) return View(form);
        if (await NameTakenAsync(form.Name!, form.Year!.Value, null, nameof(CreateEditionForm.Name))) return View(form);
        CompetitionEdition edition;
        try
        {
            edition = CompetitionEdition.Draft(form.Name!, form.Year.Value, form.Organizer!, form.OpensOn!.Value, form.ClosesOn!.Value);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return View(form);
        }
        db.Editions.Add(edition);
        if (!await SavedAsync(nameof(CreateEditionForm.Name))) return View(form);
        TempData.Flash(l["The edition has been created as a draft with the default rubric. Set its money, categories and call, then publish it."]);
        return RedirectToAction(nameof(Overview), new { id = edition.Id });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Overview(Guid id)
    {
        var page = await EditionQueries.OverviewAsync(db, id, Now);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("{id:guid}/publish")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> Publish(Guid id, long version)
    {
        var edition = await db.Editions.Include(e => e.Categories).SingleOrDefaultAsync(e => e.Id == id);
        if (edition is null) return NotFound();
        if (edition.Version != version)
        {
            TempData.FlashError(l["Someone else changed this edition in the meantime. Reload the page and try again."]);
            return RedirectToAction(nameof(Overview), new { id });
        }
        try
        {
            edition.Publish(Now);
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            TempData.FlashError(ex.Localize(l));
            return RedirectToAction(nameof(Overview), new { id });
        }
        TempData.Flash(l["The edition is published: its call is public and it takes applications between its dates."]);
        return RedirectToAction(nameof(Overview), new { id });
    }

    // ---- Name and call -------------------------------------------------------------------------------------------

    [HttpGet("{id:guid}/basics")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public Task<IActionResult> Basics(Guid id) => ShowAsync(id, EditionSection.Basics, EditionQueries.BasicsOf);

    [HttpPost("{id:guid}/basics")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> Basics(Guid id, [Bind(Prefix = FormPrefix)] BasicsForm form, [FromServices] IValidator<BasicsForm> validator)
    {
        // A clash of names is shown beside the field together with any other error of the form.
        if (form.Name is { Length: > 0 } name && form.Year is { } year)
            await NameTakenAsync(name, year, id, $"{FormPrefix}.{nameof(BasicsForm.Name)}");
        return await SaveAsync(id, EditionSection.Basics, form, form.Version, validator,
            e => e.SetBasics(form.Name!, form.Year!.Value, form.Organizer!, form.Call ?? ""));
    }

    // ---- Timeline ------------------------------------------------------------------------------------------------

    [HttpGet("{id:guid}/timeline")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public Task<IActionResult> Timeline(Guid id) => ShowAsync(id, EditionSection.Timeline, EditionQueries.TimelineOf);

    [HttpPost("{id:guid}/timeline")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public Task<IActionResult> Timeline(Guid id, [Bind(Prefix = FormPrefix)] TimelineForm form, [FromServices] IValidator<TimelineForm> validator) =>
        SaveAsync(id, EditionSection.Timeline, form, form.Version, validator,
            e => e.SetTimeline(form.OpensOn!.Value, form.ClosesOn!.Value, form.ReviewEndsOn!.Value, form.PublicityDays!.Value, Now));

    // ---- Money and eligibility -----------------------------------------------------------------------------------

    [HttpGet("{id:guid}/rules")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public Task<IActionResult> Rules(Guid id) => ShowAsync(id, EditionSection.Rules, EditionQueries.RulesOf);

    [HttpPost("{id:guid}/rules")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public Task<IActionResult> Rules(Guid id, [Bind(Prefix = FormPrefix)] RulesForm form, [FromServices] IValidator<RulesForm> validator) =>
        SaveAsync(id, EditionSection.Rules, form, form.Version, validator,
            e => e.SetRules(Money.FromYuan(form.Pool!.Value), Money.FromYuan(form.Cap!.Value), form.MinMatchingPercent!.Value,
                form.EligibleTypes.Distinct().ToList(), form.MinYearsRegistered is 0 ? null : form.MinYearsRegistered, form.MinGrade,
                form.RequiresResidency, form.AllowsSeveralApplications, Now));

    // ---- Review --------------------------------------------------------------------------------------------------

    [HttpGet("{id:guid}/review")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public Task<IActionResult> Review(Guid id) => ShowAsync(id, EditionSection.Review, EditionQueries.ReviewOf);

    [HttpPost("{id:guid}/review")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public Task<IActionResult> Review(Guid id, [Bind(Prefix = FormPrefix)] ReviewForm form, [FromServices] IValidator<ReviewForm> validator) =>
        SaveAsync(id, EditionSection.Review, form, form.Version, validator,
            e => e.SetReview(form.JudgesPerApplication!.Value, form.Aggregation, form.BlindReview, form.CommentBelowPercent!.Value));

    // ---- Categories ----------------------------------------------------------------------------------------------

    [HttpGet("{id:guid}/categories")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public Task<IActionResult> Categories(Guid id) => ShowAsync(id, EditionSection.Categories, EditionQueries.CategoriesOf);

    [HttpPost("{id:guid}/categories")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public Task<IActionResult> Categories(Guid id, [Bind(Prefix = FormPrefix)] CategoriesForm form, [FromServices] IValidator<CategoriesForm> validator) =>
        SaveAsync(id, EditionSection.Categories, form, form.Version, validator, e => e.SetCategories(form.Names(), Now));

    // ---- Rubric --------------------------------------------------------------------------------------------------

    [HttpGet("{id:guid}/rubric")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public Task<IActionResult> Rubric(Guid id) => ShowAsync(id, EditionSection.Rubric, e => WithSpareRow(EditionQueries.RubricOf(e)));

    /// <summary>
    /// Saves the rubric, or (command "add" / "remove:i") changes the rows on the page without saving: rows are added
    /// and removed on the server, no script needed.
    /// </summary>
    [HttpPost("{id:guid}/rubric")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public Task<IActionResult> Rubric(Guid id, [Bind(Prefix = FormPrefix)] RubricForm form, string? command, [FromServices] IValidator<RubricForm> validator)
    {
        if (EditRows(form.Rows, command, () => new RubricRow())) return ShowAsync(id, EditionSection.Rubric, _ => WithSpareRow(form));
        return SaveAsync(id, EditionSection.Rubric, form, form.Version, validator,
            e => e.SetRubric(form.Filled.Select(r => (r.Name!.Trim(), r.MaxPoints!.Value, r.IsBonus)).ToList(), Now),
            unsaved: f => WithSpareRow(f));
    }

    // ---- Second round (路演/答辩) -----------------------------------------------------------------------------------

    [HttpGet("{id:guid}/secondround")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public Task<IActionResult> SecondRound(Guid id) =>
        ShowAsync(id, EditionSection.SecondRound, e => WithSpareRow(EditionQueries.SecondRoundOf(e)));

    /// <summary>
    /// Adds, changes or drops the second round; rows are added and removed on the server like the rubric's. Once its
    /// first shortlist is chosen only the number of judges changes (the page posts nothing else).
    /// </summary>
    [HttpPost("{id:guid}/secondround")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public Task<IActionResult> SecondRound(Guid id, [Bind(Prefix = FormPrefix)] SecondRoundForm form, string? command,
        [FromServices] IValidator<SecondRoundForm> validator)
    {
        if (EditRows(form.Rows, command, () => new RubricRow())) return ShowAsync(id, EditionSection.SecondRound, _ => WithSpareRow(form));
        return SaveAsync(id, EditionSection.SecondRound, form, form.Version, validator, e =>
            {
                if (e.SecondRoundOpen) e.SetSecondRoundJudges(form.JudgesPerApplication ?? e.SecondRoundJudgesPerApplication);
                else if (!form.Enabled) e.SetSecondRound(false, e.WrittenRoundPercent, e.SecondRoundJudgesPerApplication, []);
                else e.SetSecondRound(true, form.WrittenRoundPercent!.Value, form.JudgesPerApplication!.Value,
                    form.Filled.Select(r => (r.Name!.Trim(), r.MaxPoints!.Value, r.IsBonus)).ToList());
            },
            unsaved: f => WithSpareRow(f));
    }

    // ---- Award tiers ---------------------------------------------------------------------------------------------

    [HttpGet("{id:guid}/awards")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public Task<IActionResult> Awards(Guid id) => ShowAsync(id, EditionSection.Awards, e => WithSpareRow(EditionQueries.AwardsOf(e)));

    [HttpPost("{id:guid}/awards")]
    [Authorize(Roles = Roles.ProgramOfficer)]
    public async Task<IActionResult> Awards(Guid id, [Bind(Prefix = FormPrefix)] AwardsForm form, string? command, [FromServices] IValidator<AwardsForm> validator)
    {
        if (EditRows(form.Rows, command, () => new AwardRow())) return await ShowAsync(id, EditionSection.Awards, _ => WithSpareRow(form));
        // Tiers are replaced as a whole; once a decision awards one, they stay as they are.
        var tiersAwarded = await db.Decisions.AnyAsync(d => d.EditionId == id && d.AwardTierId != null);
        return await SaveAsync(id, EditionSection.Awards, form, form.Version, validator, e =>
            {
                if (tiersAwarded) throw new DomainException("Award tiers have been given to applications: they can no longer change.");
                e.SetAwardTiers(form.Filled.Select(r => (r.Name!.Trim(), Money.FromYuan(r.Amount!.Value), r.Count!.Value)).ToList());
            },
            unsaved: f => WithSpareRow(f));
    }

    // ---- The steps every section shares --------------------------------------------------------------------------

    /// <summary>Shows a section's page with the form <paramref name="formOf"/> makes from the edition as it is now.</summary>
    private async Task<IActionResult> ShowAsync<TForm>(Guid id, EditionSection section, Func<CompetitionEdition, TForm> formOf)
    {
        var edition = await Edition(id, section).AsNoTracking().SingleOrDefaultAsync();
        if (edition is null) return NotFound();
        return View(section.ToString(), new SectionPage<TForm>(EditionQueries.HeaderOf(edition, Now), section, formOf(edition))
            { Pool = edition.Pool, SecondRoundOpenedAt = edition.SecondRoundOpenedAt });
    }

    /// <summary>
    /// Validate → check the form was made from the current version → the entity's rule → one save → back to the
    /// overview. Anything refused comes back on the same page with the message and everything typed.
    /// </summary>
    private async Task<IActionResult> SaveAsync<TForm>(Guid id, EditionSection section, TForm form, long version, IValidator<TForm> validator,
        Action<CompetitionEdition> change, Func<TForm, TForm>? unsaved = null)
    {
        var edition = await Edition(id, section).SingleOrDefaultAsync();
        if (edition is null) return NotFound();
        var header = EditionQueries.HeaderOf(edition, Now);
        var pool = edition.Pool;
        var secondRoundOpenedAt = edition.SecondRoundOpenedAt;
        IActionResult Again() => View(section.ToString(), new SectionPage<TForm>(header, section, unsaved is null ? form : unsaved(form))
            { Pool = pool, SecondRoundOpenedAt = secondRoundOpenedAt });

        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, FormPrefix) || !ModelState.IsValid) return Again();
        if (edition.Version != version)
        {
            ModelState.AddModelError("", l["Someone else changed this edition in the meantime. Reload the page and try again."]);
            return Again();
        }
        try
        {
            change(edition);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return Again();
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Someone else changed this edition in the meantime. Reload the page and try again."]);
            return Again();
        }
        catch (DbUpdateException) when (section == EditionSection.Basics)
        {
            ModelState.AddModelError($"{FormPrefix}.{nameof(BasicsForm.Name)}", l["An edition of that year already has this name."]);
            return Again();
        }
        TempData.Flash(l["{0}: saved.", l[EditionHeader.Title(section)]]);
        return RedirectToAction(nameof(Overview), new { id });
    }

    /// <summary>The edition with only the collections the section needs.</summary>
    private IQueryable<CompetitionEdition> Edition(Guid id, EditionSection section)
    {
        var query = db.Editions.Where(e => e.Id == id);
        return section switch
        {
            EditionSection.Categories => query.Include(e => e.Categories),
            EditionSection.Rubric or EditionSection.SecondRound => query.Include(e => e.Rubric),
            EditionSection.Awards => query.Include(e => e.AwardTiers),
            _ => query,
        };
    }

    /// <summary>Adds a blank row or removes row i, for the "add a row" and "remove" buttons; false when the command is to save.</summary>
    private bool EditRows<TRow>(List<TRow> rows, string? command, Func<TRow> blank)
    {
        if (command == "add")
        {
            if (rows.Count < EditionRuleBuilders.MaxRows + 5) rows.Add(blank());
        }
        else if (command?.StartsWith("remove:", StringComparison.Ordinal) == true && int.TryParse(command["remove:".Length..], out var i))
        {
            if (i >= 0 && i < rows.Count) rows.RemoveAt(i);
        }
        else
        {
            return false;
        }
        // The inputs are drawn from the rows as changed, not from what was posted under the old indices.
        ModelState.Clear();
        return true;
    }

    private static RubricForm WithSpareRow(RubricForm form)
    {
        if (form.Rows.Count == 0 || !form.Rows[^1].IsBlank) form.Rows.Add(new RubricRow());
        return form;
    }

    private static SecondRoundForm WithSpareRow(SecondRoundForm form)
    {
        if (form.Rows.Count == 0 || !form.Rows[^1].IsBlank) form.Rows.Add(new RubricRow());
        return form;
    }

    private static AwardsForm WithSpareRow(AwardsForm form)
    {
        if (form.Rows.Count == 0 || !form.Rows[^1].IsBlank) form.Rows.Add(new AwardRow());
        return form;
    }

    private async Task<bool> NameTakenAsync(string name, int year, Guid? exceptId, string field)
    {
        var trimmed = name.Trim();
        if (!await db.Editions.AnyAsync(e => e.Year == year && e.Name == trimmed && e.Id != exceptId)) return false;
        ModelState.AddModelError(field, l["An edition of that year already has this name."]);
        return true;
    }

    private async Task<bool> SavedAsync(string field)
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(field, l["An edition of that year already has this name."]);
            return false;
        }
    }
}
