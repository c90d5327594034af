using System.Net;
using GrantHub.Core.Incubation;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Incubation;

/// <summary>Certificate numbers run per center and year, and two graduations at the same moment never share one.</summary>
public sealed class CertificateNumberTests(IncubationFactory app) : IClassFixture<IncubationFactory>
{
    private async Task<Guid> ReadyToGraduateAsync(int centerId)
    {
        var (_, organizationId) = await app.CreateOrganizationAsync();
        return await app.WithDbAsync(async db =>
        {
            var r = Residency.Apply(organizationId, centerId, "需要场地", app.Now.AddYears(-1));
            r.Admit(app.Today.AddMonths(-11), 12, Placement.Virtual, null, "staff", app.Now.AddYears(-1));
            db.Residencies.Add(r);
            db.Assessments.Add(Assessment.Record(r, AssessmentKind.Graduation, app.Today, 18, 18, 18, 18, "", "staff", app.Now));
            await db.SaveChangesAsync();
            return r.Id;
        });
    }

    [Fact]
    public async Task Graduations_of_a_center_in_a_year_are_numbered_in_turn()
    {
        var centerId = await app.CreateCenterAsync();
        var otherCenter = await app.CreateCenterAsync();
        var staff = await app.SignedInClientAsync(await app.CreateStaffAsync(centerId));
        var otherStaff = await app.SignedInClientAsync(await app.CreateStaffAsync(otherCenter));
        var first = await ReadyToGraduateAsync(centerId);
        var elsewhere = await ReadyToGraduateAsync(otherCenter);
        var second = await ReadyToGraduateAsync(centerId);

        await staff.StepAsync(first, "graduate");
        await otherStaff.StepAsync(elsewhere, "graduate");
        await staff.StepAsync(second, "graduate");

        Assert.Equal(Certificates.Number(2026, centerId, 1), (await app.ResidencyAsync(first)).CertificateNumber);
        Assert.Equal(Certificates.Number(2026, otherCenter, 1), (await app.ResidencyAsync(elsewhere)).CertificateNumber);
        Assert.Equal(Certificates.Number(2026, centerId, 2), (await app.ResidencyAsync(second)).CertificateNumber);
    }

    [Fact]
    public async Task A_certificate_number_taken_by_a_simultaneous_graduation_is_refused_with_a_message()
    {
        var centerId = await app.CreateCenterAsync();
        var staff = await app.SignedInClientAsync(await app.CreateStaffAsync(centerId));
        var mine = await ReadyToGraduateAsync(centerId);
        var theirs = await ReadyToGraduateAsync(centerId);
        var page = await staff.GetPageAsync(IncubationSteps.DetailUrl(mine));

        app.Race.Before(() => app.WithDbAsync(async db =>
        {
            var other = await db.Residencies.SingleAsync(r => r.Id == theirs);
            var assessment = await db.Assessments.SingleAsync(a => a.ResidencyId == theirs);
            other.Graduate(assessment, 60, app.Today, Certificates.Number(2026, centerId, 1));
            return await db.SaveChangesAsync();
        }));
        using var response = await staff.SubmitFormAsync(page, $"{IncubationSteps.DetailUrl(mine)}/graduate", new Dictionary<string, string>());

        Assert.True(app.Race.Ran);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("刚刚有另一个出壳办理占用了该证书编号", (await response.ReadHtmlAsync()).ErrorSummary()?.TextContent);
        Assert.Equal(ResidencyStatus.Admitted, (await app.ResidencyAsync(mine)).Status);

        await staff.StepAsync(mine, "graduate");
        Assert.Equal(Certificates.Number(2026, centerId, 2), (await app.ResidencyAsync(mine)).CertificateNumber);
    }
}
