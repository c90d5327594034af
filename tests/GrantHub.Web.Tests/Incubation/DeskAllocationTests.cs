using GrantHub.Core.Incubation;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Incubation;

/// <summary>Desks are never over-allocated: the app gives the lowest free desk, the rule refuses a full center, the index backs both.</summary>
public sealed class DeskAllocationTests(IncubationFactory app) : IClassFixture<IncubationFactory>
{
    private async Task<Guid> ApplicationAsync(int centerId)
    {
        var (_, organizationId) = await app.CreateOrganizationAsync($"嘉禾社区{Guid.NewGuid():N}"[..12]);
        return await app.WithDbAsync(async db =>
        {
            var r = Residency.Apply(organizationId, centerId, "需要工位", app.Now);
            db.Residencies.Add(r);
            await db.SaveChangesAsync();
            return r.Id;
        });
    }

    [Fact]
    public async Task With_one_desk_the_second_desk_admission_is_refused_virtual_is_fine_and_graduation_frees_the_desk()
    {
        var centerId = await app.CreateCenterAsync(desks: 1);
        var staff = await app.SignedInClientAsync(await app.CreateStaffAsync(centerId));
        var first = await ApplicationAsync(centerId);
        var second = await ApplicationAsync(centerId);
        var third = await ApplicationAsync(centerId);

        await staff.StepAsync(first, "admit", new() { ["Admit.Placement"] = "Desk" });
        Assert.Equal(1, (await app.ResidencyAsync(first)).DeskNumber);

        var secondPage = await staff.GetPageAsync(IncubationSteps.DetailUrl(second));
        Assert.True(secondPage.QuerySelector("#placement-desk")!.HasAttribute("disabled"));
        Assert.True(secondPage.QuerySelector("#placement-virtual")!.HasAttribute("checked"));
        var refused = await staff.RefusedStepAsync(second, "admit", new() { ["Admit.Placement"] = "Desk" });
        Assert.Contains("本中心工位已满", refused.ErrorSummary()?.TextContent);
        var stillWaiting = await app.ResidencyAsync(second);
        Assert.Equal(ResidencyStatus.Applied, stillWaiting.Status);
        Assert.Null(stillWaiting.DeskNumber);

        await staff.StepAsync(second, "admit", new() { ["Admit.Placement"] = "Virtual" });
        var virtualResident = await app.ResidencyAsync(second);
        Assert.Equal(ResidencyStatus.Admitted, virtualResident.Status);
        Assert.Equal(Placement.Virtual, virtualResident.Placement);
        Assert.Null(virtualResident.DeskNumber);

        await staff.StepAsync(first, "assessments", new()
        {
            ["Assessment.Kind"] = "Graduation", ["Assessment.Governance"] = "20", ["Assessment.Team"] = "20",
            ["Assessment.Finance"] = "20", ["Assessment.ProjectOperation"] = "20",
        });
        await staff.StepAsync(first, "graduate");
        Assert.Null((await app.ResidencyAsync(first)).DeskNumber);

        await staff.StepAsync(third, "admit", new() { ["Admit.Placement"] = "Desk" });
        Assert.Equal(1, (await app.ResidencyAsync(third)).DeskNumber);
    }

    [Fact]
    public async Task A_desk_taken_by_a_simultaneous_admission_is_refused_with_a_message_not_double_booked()
    {
        var centerId = await app.CreateCenterAsync(desks: 3);
        var staff = await app.SignedInClientAsync(await app.CreateStaffAsync(centerId));
        var mine = await ApplicationAsync(centerId);
        var theirs = await ApplicationAsync(centerId);
        var page = await staff.GetPageAsync(IncubationSteps.DetailUrl(mine));

        // Another staff member admits another organization at desk 1 after this request read the free desks.
        app.Race.Before(() => app.WithDbAsync(async db =>
        {
            var other = await db.Residencies.SingleAsync(r => r.Id == theirs);
            other.Admit(app.Today, 12, Placement.Desk, 1, "someone-else", app.Now);
            return await db.SaveChangesAsync();
        }));
        using var response = await staff.SubmitFormAsync(page, $"{IncubationSteps.DetailUrl(mine)}/admit",
            new Dictionary<string, string> { ["Admit.Placement"] = "Desk" });

        Assert.True(app.Race.Ran);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("该工位刚刚被另一项入驻占用", (await response.ReadHtmlAsync()).ErrorSummary()?.TextContent);
        Assert.Equal(ResidencyStatus.Applied, (await app.ResidencyAsync(mine)).Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.Residencies.CountAsync(r => r.CenterId == centerId && r.DeskNumber == 1)));

        // Submitting again gives the next free desk.
        await staff.StepAsync(mine, "admit", new() { ["Admit.Placement"] = "Desk" });
        Assert.Equal(2, (await app.ResidencyAsync(mine)).DeskNumber);
    }

    [Fact]
    public async Task The_database_refuses_two_residents_at_one_desk_of_a_center()
    {
        var centerId = await app.CreateCenterAsync(desks: 3);
        var first = await ApplicationAsync(centerId);
        var second = await ApplicationAsync(centerId);

        await app.WithDbAsync(async db =>
        {
            foreach (var r in await db.Residencies.Where(r => r.Id == first || r.Id == second).ToListAsync())
                r.Admit(app.Today, 12, Placement.Desk, 2, "staff", app.Now);
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
            return 0;
        });
        Assert.Equal(0, await app.WithDbAsync(db => db.Residencies.CountAsync(r => r.CenterId == centerId && r.DeskNumber != null)));
    }
}
