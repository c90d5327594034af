using GrantHub.Core;
using GrantHub.Core.Data;
using GrantHub.Core.Incubation;
using GrantHub.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Seeding;

/// <summary>
/// The seed report's 113 community social organizations, spread over the two community centers and every residency
/// state, with services and assessments, so each incubation page shows something real on a fresh run. Names are
/// fictional; the generator is seeded, so every fresh run produces the same demo.
/// </summary>
public static class DemoIncubation
{
    public const int OrganizationCount = 113;

    /// <summary>The demo organization account's own organization: in residence at 嘉禾, profile nearly complete.</summary>
    public const string DemoOrganizationName = "嘉禾社区夕阳红志愿服务队";

    private static readonly string[] Themes =
    [
        "夕阳红", "彩虹", "邻里守望", "银龄", "绿色家园", "书香", "快乐童年", "巧手", "和谐", "爱心", "暖阳", "启明星",
        "向日葵", "同心", "益家", "乐龄", "青苗", "微光", "手拉手", "共享", "红帆", "康乐", "善邻", "春晖", "童心",
    ];

    private static readonly (string Suffix, ServiceField Field)[] Forms =
    [
        ("志愿服务队", ServiceField.Volunteering), ("文艺队", ServiceField.Culture), ("互助会", ServiceField.PovertyRelief),
        ("为老服务社", ServiceField.ElderlyCare), ("读书会", ServiceField.Education), ("调解队", ServiceField.CommunityGovernance),
        ("健身队", ServiceField.Health), ("四点半课堂", ServiceField.Youth), ("助残服务社", ServiceField.Disability),
        ("环保队", ServiceField.Environment),
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "朱", "马", "胡"];
    private static readonly string[] GivenNames = ["秀英", "建国", "桂兰", "志强", "玉梅", "国华", "丽娟", "海燕", "德明", "春花", "文斌", "晓红"];

    private static readonly string[] ServiceTopics =
    [
        "社会组织登记备案辅导", "项目书写作培训", "财务制度建设督导", "志愿者招募与管理", "社区需求调研方法",
        "活动策划与安全预案", "公益创投申报辅导", "新媒体宣传培训", "年度工作总结会", "场地使用",
    ];

    public static async Task SeedAsync(GrantHubDbContext db, string demoOwnerUserId, IReadOnlyDictionary<string, string> staffByCenter, TimeProvider clock)
    {
        if (await db.Organizations.AnyAsync(o => o.Name == DemoOrganizationName)) return;

        var centers = await db.IncubationCenters.Where(c => c.Level == CenterLevel.Community).OrderBy(c => c.Id).ToListAsync();
        if (centers.Count < 2) return;
        var random = new Random(2017);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);
        var names = UniqueNames(random, centers).Take(OrganizationCount - 1).ToList();
        var desksTaken = centers.ToDictionary(c => c.Id, _ => new List<int>());
        var certificates = new Dictionary<(int, int), int>();

        // The demo organization first, so the demo account has something to look at.
        var own = Organization.Register(DemoOrganizationName, OrganizationType.CommunityOrganization, "真州备字2016第018号",
            "刘会长", "13800000006", demoOwnerUserId, now.AddYears(-3));
        FillProfile(own, random, ServiceField.ElderlyCare | ServiceField.Volunteering, today);
        db.Organizations.Add(own);
        AddResidency(db, own, centers[0], Stage.Admitted, random, today, staffByCenter, desksTaken, certificates);

        for (var i = 0; i < names.Count; i++)
        {
            var (name, field, center) = names[i];
            var registered = i % 9 == 0;
            var org = Organization.RecordOnBehalf(name,
                registered ? OrganizationType.SocialServiceOrganization : OrganizationType.CommunityOrganization,
                registered ? CreditCodeFor(i) : $"真州备字{2014 + i % 10}第{i + 1:D3}号",
                Person(random), $"139{random.Next(10000000, 99999999)}", now.AddDays(-random.Next(60, 3000)));
            if (i % 3 != 0) FillProfile(org, random, field, today);
            if (i % 4 == 0 && i % 3 != 0) org.Verify(staffByCenter.GetValueOrDefault(center.Name, ""), now.AddDays(-random.Next(1, 400)));
            db.Organizations.Add(org);
            AddResidency(db, org, center, StageFor(i), random, today, staffByCenter, desksTaken, certificates);
        }
        await db.SaveChangesAsync();
    }

    private enum Stage { Applied, UnderReview, Admitted, Graduated, Exited, Rejected }

    /// <summary>About a third graduated, a third in residence, the rest waiting, rejected or gone.</summary>
    private static Stage StageFor(int i) => (i % 16) switch
    {
        0 or 1 or 2 or 3 or 4 or 5 => Stage.Graduated,
        6 or 7 or 8 or 9 or 10 => Stage.Admitted,
        11 => Stage.Applied,
        12 => Stage.UnderReview,
        13 => Stage.Rejected,
        14 => Stage.Exited,
        _ => i % 32 == 15 ? Stage.Applied : Stage.Admitted,
    };

    private static void AddResidency(GrantHubDbContext db, Organization org, IncubationCenter center, Stage stage, Random random,
        DateOnly today, IReadOnlyDictionary<string, string> staffByCenter, Dictionary<int, List<int>> desksTaken,
        Dictionary<(int, int), int> certificates)
    {
        var staff = staffByCenter.GetValueOrDefault(center.Name, "");
        // Waiting applications are recent; finished stays are older.
        var appliedOn = stage switch
        {
            Stage.Applied or Stage.UnderReview => today.AddDays(-random.Next(0, 9)),
            Stage.Admitted => today.AddDays(-random.Next(40, 600)),
            // At least 25 months ago, so that a two-year stay has ended (and been assessed) before today.
            _ => today.AddDays(-random.Next(760, 3000)),
        };
        var applied = ChinaTime.StartOfDayUtc(appliedOn).AddHours(2 + random.Next(0, 8));
        var residency = Residency.Apply(org.Id, center.Id, Needs(random), applied);
        db.Residencies.Add(residency);
        if (stage == Stage.Applied) return;

        residency.StartReview(applied.AddDays(1));
        if (stage == Stage.UnderReview) return;
        if (stage == Stage.Rejected)
        {
            residency.Reject("近两年未按时参加年检，暂不符合入驻条件；整改后欢迎再次申请。", staff, applied.AddDays(3));
            return;
        }

        var startsOn = appliedOn.AddDays(7);
        var term = stage == Stage.Admitted && random.Next(4) == 0 ? 12 : 24;
        var desk = random.Next(3) == 0 ? DeskAllocation.FirstFree(center.Desks, desksTaken[center.Id]) : null;
        if (stage == Stage.Admitted && desk is { } d) desksTaken[center.Id].Add(d);
        residency.Admit(startsOn, term, desk is null ? Placement.Virtual : Placement.Desk, desk, staff, applied.AddDays(4));

        var lastDay = stage == Stage.Admitted ? today : startsOn.AddMonths(term);
        var services = random.Next(2, 7);
        for (var s = 0; s < services; s++)
        {
            var on = startsOn.AddDays(random.Next(0, Math.Max(1, lastDay.DayNumber - startsOn.DayNumber)));
            var type = (ServiceType)random.Next(0, 5);
            db.ServiceRecords.Add(ServiceRecord.Record(residency, type, on, random.Next(1, 7) * 30, ServiceTopics[random.Next(ServiceTopics.Length)],
                random.Next(3, 40), type == ServiceType.ActivitySubsidy ? new Money(random.Next(5, 31) * 10000) : Money.Zero, staff,
                ChinaTime.StartOfDayUtc(on).AddHours(9)));
        }
        if (random.Next(2) == 0 || stage != Stage.Admitted)
        {
            var on = startsOn.AddMonths(6);
            if (on <= today)
                db.Assessments.Add(Assessment.Record(residency, AssessmentKind.Capacity, on, random.Next(10, 22), random.Next(10, 22),
                    random.Next(8, 22), random.Next(10, 22), "能力稳步提升，财务制度仍需完善。", staff, ChinaTime.StartOfDayUtc(on).AddHours(10)));
        }
        if (stage == Stage.Exited)
        {
            residency.Exit("组织负责人迁居外地，组织自行解散。", startsOn.AddMonths(random.Next(3, 12)));
            return;
        }
        if (stage != Stage.Graduated) return;

        var assessedOn = startsOn.AddMonths(term).AddDays(-10);
        var graduation = Assessment.Record(residency, AssessmentKind.Graduation, assessedOn, random.Next(15, 25), random.Next(15, 25),
            random.Next(14, 25), random.Next(15, 25), "治理结构健全，团队稳定，项目运作规范，同意出壳。", staff, ChinaTime.StartOfDayUtc(assessedOn).AddHours(10));
        db.Assessments.Add(graduation);
        var year = assessedOn.Year;
        var sequence = certificates[(center.Id, year)] = certificates.GetValueOrDefault((center.Id, year)) + 1;
        residency.Graduate(graduation, center.GraduationPassMark, assessedOn.AddDays(5), Certificates.Number(year, center.Id, sequence));
    }

    private static IEnumerable<(string Name, ServiceField Field, IncubationCenter Center)> UniqueNames(Random random, IReadOnlyList<IncubationCenter> centers)
    {
        var seen = new HashSet<string> { DemoOrganizationName };
        var i = 0;
        while (true)
        {
            var center = centers[i++ % 2];
            var community = center.Name.StartsWith("嘉禾", StringComparison.Ordinal) ? "嘉禾社区" : "华兴新村";
            var form = Forms[random.Next(Forms.Length)];
            var name = community + Themes[random.Next(Themes.Length)] + form.Suffix;
            if (seen.Add(name)) yield return (name, form.Field, center);
        }
    }

    private static void FillProfile(Organization org, Random random, ServiceField field, DateOnly today)
    {
        org.RegistrationAuthority = "仪征市真州镇人民政府";
        org.RegisteredOn = today.AddDays(-random.Next(400, 4000));
        org.LegalRepresentative = org.ContactPerson;
        org.Address = $"仪征市真州镇{(org.Name.StartsWith("嘉禾", StringComparison.Ordinal) ? "嘉禾" : "华兴新村")}社区居委会{random.Next(1, 4)}楼";
        org.ServiceFields = field | (random.Next(3) == 0 ? ServiceField.CommunityGovernance : ServiceField.None);
        org.StaffCount = random.Next(0, 6);
        org.VolunteerCount = random.Next(8, 80);
        org.Grade = random.Next(5) == 0 ? EvaluationGrade.A3 : EvaluationGrade.None;
        org.AnnualInspection = AnnualInspection.Passed;
        org.Introduction = "扎根社区，组织居民参与邻里互助和公益服务。";
        if (random.Next(2) == 0)
        {
            org.BankAccountName = org.Name;
            org.BankName = "江苏银行仪征支行";
            org.BankAccountNumber = $"3209{random.Next(10000000, 99999999)}{random.Next(1000, 9999)}";
        }
    }

    private static string Needs(Random random) => random.Next(3) switch
    {
        0 => "需要办公场地和登记备案指导，希望参加项目设计培训。",
        1 => "希望获得财务管理督导和志愿者管理培训。",
        _ => "需要活动场地，希望对接公益创投项目申报辅导。",
    };

    private static string Person(Random random) => Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];

    /// <summary>A valid code of a Yizheng (321081) social service organization: 52 + region + 9 characters + check.</summary>
    private static string CreditCodeFor(int i)
    {
        var first17 = $"52321081MJ{i + 1000000:D7}";
        return first17 + CreditCode.CheckCharacter(first17);
    }
}
