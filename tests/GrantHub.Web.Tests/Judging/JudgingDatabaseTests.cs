using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using GrantHub.Web.Tests.Applications;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Judging;

/// <summary>
/// What the database itself guarantees for judging, whatever a page checks first (two tabs, a double click, two
/// officers at once): one declaration per application and judge, one assignment per application, judge and round;
/// and scores, expertise and the audit trail survive the round trip on the real provider.
/// </summary>
public sealed class JudgingDatabaseTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    private async Task<(Guid EditionId, Guid ApplicationId, string JudgeId)> ApplicationAndJudgeAsync()
    {
        var editionId = await app.CreateEditionAsync();
        var (member, organizationId) = await app.CreateOrganizationAsync();
        var applicationId = await app.SubmittedApplicationAsync(editionId, organizationId, member.Id);
        var judge = await app.CreateUserAsync("judge", Roles.Judge);
        return (editionId, applicationId, judge.Id);
    }

    [Fact]
    public async Task The_database_refuses_a_second_declaration_by_one_judge_on_one_application()
    {
        var (_, applicationId, judgeId) = await ApplicationAndJudgeAsync();
        await app.WithDbAsync(db =>
        {
            db.ConflictDeclarations.Add(ConflictDeclaration.NoConflict(applicationId, judgeId, app.Now));
            return db.SaveChangesAsync();
        });

        await app.WithDbAsync(async db =>
        {
            db.ConflictDeclarations.Add(ConflictDeclaration.Conflict(applicationId, judgeId, ConflictKind.PriorTie, "", app.Now));
            return await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });

        var declarations = await app.WithDbAsync(db => db.ConflictDeclarations.Where(d => d.ApplicationId == applicationId).ToListAsync());
        Assert.False(Assert.Single(declarations).HasConflict);
    }

    [Fact]
    public async Task The_database_refuses_one_judge_twice_on_an_application_in_a_round_but_not_in_the_next()
    {
        var (editionId, applicationId, judgeId) = await ApplicationAndJudgeAsync();
        await app.WithDbAsync(db =>
        {
            db.JudgeAssignments.Add(new Assignment(editionId, applicationId, judgeId, Assignment.FirstRound, app.Now));
            db.JudgeAssignments.Add(new Assignment(editionId, applicationId, judgeId, Assignment.SecondRound, app.Now));
            return db.SaveChangesAsync();
        });

        await app.WithDbAsync(async db =>
        {
            db.JudgeAssignments.Add(new Assignment(editionId, applicationId, judgeId, Assignment.FirstRound, app.Now));
            return await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });

        Assert.Equal([1, 2], await app.WithDbAsync(db =>
            db.JudgeAssignments.Where(a => a.ApplicationId == applicationId).Select(a => a.Round).OrderBy(r => r).ToListAsync()));
    }

    [Fact]
    public async Task A_score_sheet_keeps_half_points_and_comments_and_every_change_is_audited()
    {
        var (editionId, applicationId, judgeId) = await ApplicationAndJudgeAsync();
        var assignmentId = await app.WithDbAsync(async db =>
        {
            var edition = await db.Editions.Include(e => e.Rubric).SingleAsync(e => e.Id == editionId);
            var rules = ScoringRules.Of(edition);
            var assignment = new Assignment(editionId, applicationId, judgeId, Assignment.FirstRound, app.Now);
            var declaration = ConflictDeclaration.NoConflict(applicationId, judgeId, app.Now);
            var sheet = ScoreSheet.Start(assignment, declaration, app.Now);
            sheet.Save(rules, rules.Criteria.Select((c, i) => new ScoreEntry(c.Id, c.MaxPoints - 0.5m, i == 0 ? "需求分析扎实" : null)), app.Now);
            db.AddRange(assignment, declaration, sheet);
            await db.SaveChangesAsync();
            return assignment.Id;
        });

        await app.WithDbAsync(async db =>
        {
            var edition = await db.Editions.Include(e => e.Rubric).SingleAsync(e => e.Id == editionId);
            var sheet = await db.ScoreSheets.Include(s => s.Scores).SingleAsync(s => s.AssignmentId == assignmentId);
            sheet.Submit(ScoringRules.Of(edition), app.Now);
            return await db.SaveChangesAsync();
        });

        var saved = await app.WithDbAsync(db => db.ScoreSheets.AsNoTracking().Include(s => s.Scores).SingleAsync(s => s.AssignmentId == assignmentId));
        Assert.Equal(ScoreSheetStatus.Submitted, saved.Status);
        Assert.Equal(100m - 6 * 0.5m, saved.Total);
        Assert.Contains(saved.Scores, s => s.Points == 19.5m && s.Comment == "需求分析扎实");
        var audited = await app.WithDbAsync(db => db.AuditEntries
            .Where(e => e.EntityType == nameof(ScoreSheet) || e.EntityType == nameof(SheetScore) || e.EntityType == nameof(ConflictDeclaration))
            .Where(e => e.EntityKey.StartsWith(assignmentId.ToString()) || e.EntityType == nameof(ConflictDeclaration))
            .Select(e => e.EntityType + ":" + e.Action).ToListAsync());
        Assert.Contains("ScoreSheet:Added", audited);
        Assert.Contains("ScoreSheet:Modified", audited);
        Assert.Equal(6, audited.Count(a => a == "SheetScore:Added"));
        Assert.Contains("ConflictDeclaration:Added", audited);
    }

    [Fact]
    public async Task A_judge_profile_keeps_its_expertise_list()
    {
        var judge = await app.CreateUserAsync("judge", Roles.Judge);
        await app.WithDbAsync(db =>
        {
            db.JudgeProfiles.Add(JudgeProfile.Create(judge.Id, "扬州大学", ["为老服务", "社区治理"]));
            return db.SaveChangesAsync();
        });

        var profile = await app.WithDbAsync(db => db.JudgeProfiles.AsNoTracking().SingleAsync(p => p.UserId == judge.Id));

        Assert.Equal(["为老服务", "社区治理"], profile.Expertise);
        Assert.Equal("扬州大学", profile.Affiliation);
    }
}
