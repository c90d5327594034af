using GrantHub.Core.Judging;
using GrantHub.Core.Monitoring;
using GrantHub.Core.Organizations;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Ledgers;

/// <summary>
/// The small world every ledger test reads, made once per factory:
/// <list type="bullet">
/// <item>Two centers, 嘉禾 (A) and 华兴新村 (B), each with a staff member.</item>
/// <item>为老服务中心 (registered, credit code): resident at A since 2026-02-01 (applied 2026-01-10), two services, a
/// capacity assessment of 60 (2026-06-01) and a graduation assessment of 80 (2026-09-01), graduated 2026-09-10.</item>
/// <item>青少年服务队 (filed): resident at B since 2026-03-01, one service. 邻里互助会 (filed): never applied for
/// residency. 书香读书会 (filed): applied at A on 2026-11-20, waiting.</item>
/// <item>Edition 2026 (plain mean): 为老服务中心's 银龄食堂 scored 80 and 90 → 85.00, rank 1, funded ¥20,000
/// (tranches 10,000 / 6,000 / 4,000; the first paid on 2026-07-01); 青少年服务队's 四点半课堂 (青少年教育) scored 70,
/// rank 2, awarded ¥3,000, paid on 2026-07-05; 书香读书会's 社区读书角 unscored, not selected; 邻里互助会's 邻里节 not
/// eligible ("未按要求提交年检材料").</item>
/// <item>The funded project's agreement is signed on 2026-06-20: monthly reports due on the 20th from July. July's is
/// submitted on 2026-07-18 (on time) after being returned twice; August's on 2026-08-25 (late); the rest are owed.
/// Its mid-term evaluation: 85 by 扬州社会组织评估中心 on 2026-09-15.</item>
/// <item>Edition 2025 (an older one): 邻里互助会's 旧项目, not selected — so a filter by edition or year shows.</item>
/// </list>
/// </summary>
public sealed record LedgerWorld(
    int CenterA, int CenterB, TestUser StaffA, TestUser StaffB,
    Guid ElderlyOrg, Guid YouthOrg, Guid NeighbourOrg, Guid ReadingOrg,
    Guid Edition, Guid OldEdition, Guid FundedGrant, Guid AwardGrant)
{
    public const string ElderlyName = "仪征市嘉禾社区为老服务中心";
    public const string YouthName = "华兴新村青少年服务队";
    public const string NeighbourName = "真州镇邻里互助会";
    public const string ReadingName = "嘉禾书香读书会";
    public const string EditionName = "2026年社区公益创投大赛";
    public const string OldEditionName = "2025年社区公益创投大赛";
    public static readonly string ElderlyCode = CodeFor("52321081MJ1234567");

    public static string CodeFor(string first17) => first17 + CreditCode.CheckCharacter(first17);

    public static Task<LedgerWorld> OfAsync(LedgersFactory app) => app.OnceAsync("world", () => MakeAsync(app));

    private static async Task<LedgerWorld> MakeAsync(LedgersFactory app)
    {
        var a = await app.CenterAsync("嘉禾社区孵化中心");
        var b = await app.CenterAsync("华兴新村社区孵化中心");
        var staffA = await app.StaffAsync(a);
        var staffB = await app.StaffAsync(b);

        var (_, elderly) = await app.OrganizationAsync(ElderlyName, ElderlyCode, new DateOnly(2019, 5, 8));
        var (_, youth) = await app.OrganizationAsync(YouthName);
        var (_, neighbour) = await app.OrganizationAsync(NeighbourName);
        var (_, reading) = await app.OrganizationAsync(ReadingName);

        var elderlyStay = await app.ResidencyAsync(elderly, a, new DateOnly(2026, 1, 10), new DateOnly(2026, 2, 1));
        await app.ServiceAsync(elderlyStay, new DateOnly(2026, 3, 5));
        await app.ServiceAsync(elderlyStay, new DateOnly(2026, 4, 9));
        await app.AssessAsync(elderlyStay, new DateOnly(2026, 6, 1), 15);
        await app.AssessAsync(elderlyStay, new DateOnly(2026, 9, 1), 20, Core.Incubation.AssessmentKind.Graduation);
        await app.GraduateAsync(elderlyStay, new DateOnly(2026, 9, 10), "JH-2026-001");
        var youthStay = await app.ResidencyAsync(youth, b, new DateOnly(2026, 2, 20), new DateOnly(2026, 3, 1));
        await app.ServiceAsync(youthStay, new DateOnly(2026, 3, 20));
        await app.ResidencyAsync(reading, a, new DateOnly(2026, 11, 20));

        var old = await app.EditionAsync(2025, OldEditionName);
        var oldApplication = await app.ApplicationAsync(old, neighbour, "旧项目");
        await app.DecideAsync(old, (oldApplication, DecisionOutcome.NotSelected, 0m));

        var edition = await app.EditionAsync(2026, EditionName);
        var canteen = await app.ApplicationAsync(edition, elderly, "银龄食堂");
        var homework = await app.ApplicationAsync(edition, youth, "四点半课堂", "青少年教育");
        var corner = await app.ApplicationAsync(edition, reading, "社区读书角");
        await app.ApplicationAsync(edition, neighbour, "邻里节", ineligibleBecause: "未按要求提交年检材料");
        var judge1 = await app.CreateUserAsync("judge", Core.Identity.Roles.Judge);
        var judge2 = await app.CreateUserAsync("judge", Core.Identity.Roles.Judge);
        await app.ScoreAsync(edition, canteen, judge1.Id, 80);
        await app.ScoreAsync(edition, canteen, judge2.Id, 90);
        await app.ScoreAsync(edition, homework, judge1.Id, 70);
        await app.DecideAsync(edition, (canteen, DecisionOutcome.Funded, 20_000m), (homework, DecisionOutcome.Awarded, 0m),
            (corner, DecisionOutcome.NotSelected, 0m));
        var grants = await app.PublishAsync(edition, new DateOnly(2026, 6, 20));
        await app.PayAsync(grants[canteen], 1, new DateOnly(2026, 7, 1));
        await app.PayAsync(grants[homework], 1, new DateOnly(2026, 7, 5));
        await app.SubmitReportAsync(grants[canteen], new DateOnly(2026, 7, 20), LedgersFactory.On(new DateOnly(2026, 7, 18)), returns: 2);
        await app.SubmitReportAsync(grants[canteen], new DateOnly(2026, 8, 20), LedgersFactory.On(new DateOnly(2026, 8, 25)));
        await app.EvaluateAsync(grants[canteen], EvaluationKind.Midterm, 85m, new DateOnly(2026, 9, 15), "扬州社会组织评估中心");

        return new LedgerWorld(a, b, staffA, staffB, elderly, youth, neighbour, reading, edition, old, grants[canteen], grants[homework]);
    }
}
