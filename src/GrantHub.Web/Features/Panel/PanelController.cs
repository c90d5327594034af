using System.Security.Claims;
using System.Security.Cryptography;
using FluentValidation;
using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Web.Composition;
using GrantHub.Web.Email;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Panel;

/// <summary>
/// The program officer's side of judging (评审专家与分配): an edition's panel, invited by e-mail (an invitation link lets
/// a new judge choose a password, which makes the account theirs), and the assignments of each round — the written
/// review's applications, and in the second round (路演/答辩) the shortlist: automatic (N judges per application, loads
/// balanced, never across a conflict recorded or suggested by data) and by hand. A conflict, recorded or only suggested
/// by the data, is lifted only with a written reason (audited). A judge who reports a conflict after declaring none is
/// set aside: the assignment stays on record but no longer counts, so the application can be given another judge.
/// </summary>
[Authorize(Roles = Roles.ProgramOfficer)]
[Route("editions/{id:guid}")]
public sealed class PanelController(GrantHubDbContext db, UserManager<AppUser> users, IStringLocalizer<SharedResource> l, TimeProvider clock) : Controller
{
    private const string InvitePrefix = "Invite";
    private const string LiftPrefix = "Lift";
    private const string LiftSuggestionPrefix = "LiftSuggestion";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private string OfficerId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    // ---- Panel -----------------------------------------------------------------------------------------------------

    [HttpGet("judges")]
    public async Task<IActionResult> Judges(Guid id)
    {
        var page = await PanelQueries.PanelAsync(db, id);
        return page is null ? NotFound() : View(page);
    }

    /// <summary>
    /// Invites a person to the panel. Without an account, one is made (role Judge, a random password no one knows) and
    /// the e-mail carries a link to choose a password; with one, the Judge role is granted if missing. The account, the
    /// role, the profile, the panel seat and the e-mail land together or not at all.
    /// </summary>
    [HttpPost("judges")]
    public async Task<IActionResult> Invite(Guid id, [Bind(Prefix = InvitePrefix)] InviteJudgeForm form,
        [FromServices] IValidator<InviteJudgeForm> validator, [FromServices] MailComposer mail)
    {
        var page = await PanelQueries.PanelAsync(db, id);
        if (page is null) return NotFound();
        page.Invite = form;
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, InvitePrefix) || !ModelState.IsValid) return View("Judges", page);

        var email = form.Email!.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = await users.FindByEmailAsync(email);
        var isNew = user is null;
        if (user is null)
        {
            user = AppUser.Create(email, form.DisplayName!, mobile: null, Now);
            var created = await users.CreateAsync(user, UnusablePassword());
            if (!created.Succeeded)
            {
                created.CopyTo(ModelState, $"{InvitePrefix}.{nameof(InviteJudgeForm.Email)}");
                return View("Judges", page);
            }
        }
        else if (await db.EditionJudges.AnyAsync(j => j.EditionId == id && j.UserId == user.Id))
        {
            ModelState.AddModelError($"{InvitePrefix}.{nameof(InviteJudgeForm.Email)}", l["{0} is already on this edition's panel.", user.DisplayName]);
            return View("Judges", page);
        }

        try
        {
            var profile = await db.JudgeProfiles.SingleOrDefaultAsync(p => p.UserId == user.Id);
            if (profile is null) db.JudgeProfiles.Add(JudgeProfile.Create(user.Id, form.Affiliation ?? "", form.AllExpertise()));
            else profile.Describe(string.IsNullOrWhiteSpace(form.Affiliation) ? profile.Affiliation : form.Affiliation,
                profile.Expertise.Concat(form.AllExpertise()));
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex, l);
            return View("Judges", page);
        }
        db.EditionJudges.Add(new EditionJudge(id, user.Id, Now));

        string link;
        IEnumerable<string> paragraphs;
        string button;
        if (isNew)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            link = Url.Action("ResetPassword", "Account", new { email = user.Email, token }, Request.Scheme)!;
            paragraphs = [l["You are invited to judge applications to {0} on GrantHub.", page.EditionName],
                l["Open the link below to choose your password: it creates your account. The link works for 2 hours; after that, use \"Forgot password\" with this e-mail address."]];
            button = l["Choose your password"];
        }
        else
        {
            link = Url.Action("Login", "Account", null, Request.Scheme)!;
            paragraphs = [l["You are invited to judge applications to {0} on GrantHub.", page.EditionName],
                l["Sign in with your account to see the applications assigned to you."]];
            button = l["Sign in"];
        }
        db.OutboxMessages.Add(mail.Compose(user.Email!, user.DisplayName, l["Invitation to judge {0}", page.EditionName], paragraphs,
            (button, link), deduplicationKey: $"judge-invited:{id}:{user.Id}"));

        // AddToRoleAsync saves the shared DbContext (the role grant is audited with the rest); otherwise one save.
        if (await users.IsInRoleAsync(user, Roles.Judge))
        {
            await db.SaveChangesAsync();
        }
        else
        {
            var granted = await users.AddToRoleAsync(user, Roles.Judge);
            if (!granted.Succeeded)
            {
                granted.CopyTo(ModelState);
                return View("Judges", page);
            }
        }
        await transaction.CommitAsync();
        TempData.Flash(isNew
            ? l["{0} is on the panel: an invitation to choose a password has been e-mailed.", user.DisplayName]
            : l["{0} is on the panel and has been told by e-mail.", user.DisplayName]);
        return RedirectToAction(nameof(Judges), new { id });
    }

    /// <summary>Takes a judge off the panel with their (unstarted) assignments; refused once they started a score sheet here.</summary>
    [HttpPost("judges/remove")]
    public async Task<IActionResult> RemoveJudge(Guid id, string userId)
    {
        var seat = await db.EditionJudges.SingleOrDefaultAsync(j => j.EditionId == id && j.UserId == userId);
        if (seat is null) return NotFound();
        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync();
        var assignments = await db.JudgeAssignments.Where(a => a.EditionId == id && a.JudgeUserId == userId).ToListAsync();
        if (await db.ScoreSheets.AnyAsync(s => db.JudgeAssignments.Any(a => a.Id == s.AssignmentId && a.EditionId == id && a.JudgeUserId == userId)))
        {
            TempData.FlashError(l["{0} has started a score sheet in this edition and stays on the panel.", name]);
            return RedirectToAction(nameof(Judges), new { id });
        }
        db.JudgeAssignments.RemoveRange(assignments);
        db.EditionJudges.Remove(seat);
        await db.SaveChangesAsync();
        TempData.Flash(assignments.Count == 0
            ? l["{0} is no longer on the panel.", name]
            : l["{0} is no longer on the panel; their {1} assignments were removed.", name, assignments.Count]);
        return RedirectToAction(nameof(Judges), new { id });
    }

    // ---- Assignments -----------------------------------------------------------------------------------------------

    [HttpGet("assignments")]
    public async Task<IActionResult> Assignments(Guid id, int round = Assignment.FirstRound)
    {
        if (round is not (Assignment.FirstRound or Assignment.SecondRound)) return NotFound();
        var facts = await PanelQueries.FactsAsync(db, id, round);
        if (facts is null || (round == Assignment.SecondRound && !facts.HasSecondRound)) return NotFound();
        return View(facts.ToPage());
    }

    /// <summary>
    /// Fills every application of the round up to its number of judges, in one save; shortfalls are reported. A judge set
    /// aside by a conflict does not count, so the application gets another.
    /// </summary>
    [HttpPost("assignments/auto")]
    public async Task<IActionResult> AutoAssign(Guid id, int round = Assignment.FirstRound)
    {
        if (round is not (Assignment.FirstRound or Assignment.SecondRound)) return NotFound();
        var facts = await PanelQueries.FactsAsync(db, id, round);
        if (facts is null || (round == Assignment.SecondRound && !facts.HasSecondRound)) return NotFound();
        if (facts.Judges.Count == 0)
        {
            TempData.FlashError(l["The panel has no judges yet: invite them first."]);
            return BackTo(id, round);
        }
        if (facts.Applications.Count == 0)
        {
            TempData.FlashError(round == Assignment.SecondRound
                ? l["No application is on the shortlist yet: choose the shortlist first."]
                : l["No application has passed eligibility screening yet."]);
            return BackTo(id, round);
        }
        var byApplication = facts.ActiveJudges;
        var plan = AssignmentPlanner.Plan(
            facts.Applications.Select(a => new PlanApplication(a.Id, a.Category, byApplication[a.Id].ToList())),
            facts.Judges.Select(j => new PlanJudge(j.UserId, j.Expertise, j.Load)),
            facts.Blocked,
            facts.JudgesPerApplication);
        foreach (var planned in plan.Assignments)
            db.JudgeAssignments.Add(new Assignment(id, planned.ApplicationId, planned.JudgeUserId, round, Now));
        await db.SaveChangesAsync();

        var made = l["{0} assignments made ({1} matching the judge's expertise).", plan.Assignments.Count, plan.Assignments.Count(a => a.CategoryMatch)];
        if (plan.Shortfalls.Count == 0)
            TempData.Flash(made + " " + (round == Assignment.SecondRound
                ? l["Every shortlisted application has its {0} judges.", facts.JudgesPerApplication]
                : l["Every eligible application has its {0} judges.", facts.JudgesPerApplication]));
        else TempData.FlashError(made + " " + l["{0} applications have fewer than {1} judges without a conflict: invite more judges, then assign again.",
            plan.Shortfalls.Count, facts.JudgesPerApplication]);
        return BackTo(id, round);
    }

    /// <summary>Adds one judge to one application of the round by hand; never across a conflict, recorded or suggested.</summary>
    [HttpPost("assignments/add")]
    public async Task<IActionResult> AddAssignment(Guid id, Guid applicationId, string? judgeUserId, int round = Assignment.FirstRound)
    {
        if (round is not (Assignment.FirstRound or Assignment.SecondRound)) return NotFound();
        var facts = await PanelQueries.FactsAsync(db, id, round);
        if (facts is null) return NotFound();
        var application = facts.Applications.SingleOrDefault(a => a.Id == applicationId);
        if (application is null) return NotFound();
        var judge = facts.Judges.SingleOrDefault(j => j.UserId == judgeUserId);
        if (judge is null)
        {
            TempData.FlashError(l["Choose a judge of the panel."]);
            return BackTo(id, round);
        }
        if (facts.Conflicts.TryGetValue((application.Id, judge.UserId), out var conflict) && conflict.Blocks)
        {
            TempData.FlashError(conflict.Recorded
                ? l["{0} declared a conflict of interest with \"{1}\": they cannot be assigned unless you lift it with a reason.", judge.DisplayName, application.ProjectName]
                : l["{0} has a conflict of interest with \"{1}\" ({2}): they cannot be assigned.", judge.DisplayName, application.ProjectName,
                    string.Join(" / ", conflict.Kinds.Select(k => l[Shared.EnumLabels.Of(k)].Value))]);
            return BackTo(id, round);
        }
        if (facts.Assignments.Any(a => a.ApplicationId == application.Id && a.UserId == judge.UserId))
        {
            TempData.FlashError(l["{0} is already assigned to \"{1}\".", judge.DisplayName, application.ProjectName]);
            return BackTo(id, round);
        }
        db.JudgeAssignments.Add(new Assignment(id, application.Id, judge.UserId, round, Now));
        await db.SaveChangesAsync();
        TempData.Flash(l["{0} is assigned to \"{1}\".", judge.DisplayName, application.ProjectName]);
        return BackTo(id, round);
    }

    /// <summary>Takes a judge off an application; refused once the judge has started its score sheet.</summary>
    [HttpPost("assignments/remove")]
    public async Task<IActionResult> RemoveAssignment(Guid id, Guid assignmentId)
    {
        var assignment = await db.JudgeAssignments.SingleOrDefaultAsync(a => a.Id == assignmentId && a.EditionId == id);
        if (assignment is null) return NotFound();
        var names = await (from a in db.Applications
                           from u in db.Users
                           where a.Id == assignment.ApplicationId && u.Id == assignment.JudgeUserId
                           select new { a.ProjectName, u.DisplayName }).SingleAsync();
        if (await db.ScoreSheets.AnyAsync(s => s.AssignmentId == assignmentId))
        {
            TempData.FlashError(l["{0} has started the score sheet of \"{1}\": the assignment stays.", names.DisplayName, names.ProjectName]);
            return BackTo(id, assignment.Round);
        }
        db.JudgeAssignments.Remove(assignment);
        await db.SaveChangesAsync();
        TempData.Flash(l["{0} is no longer assigned to \"{1}\".", names.DisplayName, names.ProjectName]);
        return BackTo(id, assignment.Round);
    }

    /// <summary>Lifts a recorded conflict with a written reason (kept on the declaration and in the audit trail).</summary>
    [HttpPost("conflicts/lift")]
    public async Task<IActionResult> Lift(Guid id, [Bind(Prefix = LiftPrefix)] LiftConflictForm form, [FromServices] IValidator<LiftConflictForm> validator,
        int round = Assignment.FirstRound)
    {
        if (round is not (Assignment.FirstRound or Assignment.SecondRound)) return NotFound();
        var declaration = await (from d in db.ConflictDeclarations
                                 join a in db.Applications on d.ApplicationId equals a.Id
                                 where d.Id == form.DeclarationId && a.EditionId == id
                                 select d).SingleOrDefaultAsync();
        if (declaration is null) return NotFound();
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, LiftPrefix) || !ModelState.IsValid)
            return await AssignmentsWithAsync(id, round, page => page.Lift = form);
        try
        {
            declaration.Lift(OfficerId, form.Reason!, Now);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError($"{LiftPrefix}.{nameof(LiftConflictForm.Reason)}", ex.Localize(l));
            return await AssignmentsWithAsync(id, round, page => page.Lift = form);
        }
        await db.SaveChangesAsync();
        TempData.Flash(l["The conflict of interest is lifted: the judge may now be assigned to this application."]);
        return BackTo(id, round);
    }

    /// <summary>
    /// Overrides a conflict only the data suggests (no declaration by the judge) with a written reason, kept as a
    /// <see cref="LiftedConflictSuggestion"/> and in the audit trail; the planner may then assign the judge. The judge
    /// still declares before seeing the application.
    /// </summary>
    [HttpPost("conflicts/lift-suggestion")]
    public async Task<IActionResult> LiftSuggestion(Guid id, [Bind(Prefix = LiftSuggestionPrefix)] LiftSuggestionForm form,
        [FromServices] IValidator<LiftSuggestionForm> validator, int round = Assignment.FirstRound)
    {
        if (round is not (Assignment.FirstRound or Assignment.SecondRound)) return NotFound();
        var facts = await PanelQueries.FactsAsync(db, id, round);
        if (facts is null || form.JudgeUserId is null) return NotFound();
        if (!facts.Conflicts.TryGetValue((form.ApplicationId, form.JudgeUserId), out var conflict) || conflict.Recorded) return NotFound();
        if (conflict.Lifted)
        {
            TempData.FlashError(l["This suggested conflict of interest is already lifted."]);
            return BackTo(id, round);
        }
        if (!(await validator.ValidateAsync(form)).CopyTo(ModelState, LiftSuggestionPrefix) || !ModelState.IsValid)
            return View(nameof(Assignments), With(facts.ToPage(), page => page.LiftSuggestion = form));
        var ruling = await db.LiftedConflictSuggestions.SingleOrDefaultAsync(s => s.ApplicationId == form.ApplicationId && s.JudgeUserId == form.JudgeUserId);
        try
        {
            if (ruling is null)
                db.LiftedConflictSuggestions.Add(LiftedConflictSuggestion.Lift(form.ApplicationId, form.JudgeUserId, conflict.Kinds, OfficerId, form.Reason!, Now));
            else
                ruling.LiftAgain(conflict.Kinds, OfficerId, form.Reason!, Now);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError($"{LiftSuggestionPrefix}.{nameof(LiftSuggestionForm.Reason)}", ex.Localize(l));
            return View(nameof(Assignments), With(facts.ToPage(), page => page.LiftSuggestion = form));
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Two officers at once: the unique index keeps the first ruling, which stands.
            TempData.FlashError(l["Another officer ruled on this conflict meanwhile. Reload the page and look again."]);
            return BackTo(id, round);
        }
        TempData.Flash(l["The suggested conflict of interest is lifted: {0} may now be assigned to this application.", conflict.DisplayName]);
        return BackTo(id, round);
    }

    private async Task<IActionResult> AssignmentsWithAsync(Guid id, int round, Action<AssignmentsPage> typed)
    {
        var facts = await PanelQueries.FactsAsync(db, id, round);
        if (facts is null) return NotFound();
        return View(nameof(Assignments), With(facts.ToPage(), typed));
    }

    private static AssignmentsPage With(AssignmentsPage page, Action<AssignmentsPage> typed)
    {
        typed(page);
        return page;
    }

    private RedirectResult BackTo(Guid id, int round) =>
        Redirect(round == Assignment.SecondRound ? $"/editions/{id}/assignments?round=2" : $"/editions/{id}/assignments");

    /// <summary>A password no one knows: the invited person chooses their own through the e-mailed link.</summary>
    private static string UnusablePassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) + "-Jg9";
}
