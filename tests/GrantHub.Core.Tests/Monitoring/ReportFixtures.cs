using GrantHub.Core.Monitoring;

namespace GrantHub.Core.Tests.Monitoring;

/// <summary>
/// Reports brought to the state a test needs through their own methods: a project whose agreement was signed on
/// 20 July 2026 owes a mid-term report due on 20 January 2027 (China time) and a monthly report due on 20 August 2026.
/// </summary>
internal static class ReportFixtures
{
    public const string Member = "member-1";
    public const string Officer = "officer-1";

    public static readonly DateOnly MonthlyDue = new(2026, 8, 20);
    public static readonly DateOnly MidtermDue = new(2027, 1, 20);

    /// <summary>The instant <paramref name="hour"/>:00 China time on <paramref name="day"/>.</summary>
    public static DateTime At(DateOnly day, int hour = 10) => ChinaTime.StartOfDayUtc(day).AddHours(hour);

    public static ProjectReport Monthly() => ProjectReport.Schedule(Guid.NewGuid(), new ScheduledReport(ReportKind.Monthly, 1, MonthlyDue));

    public static ProjectReport Midterm() => ProjectReport.Schedule(Guid.NewGuid(), new ScheduledReport(ReportKind.Midterm, 1, MidtermDue));

    /// <summary>Progress, activities and beneficiaries filled in, and one budget line, saved the day before it is due.</summary>
    public static ProjectReport Written(this ProjectReport report)
    {
        report.SaveDraft("本月开展助餐服务 12 次。", "8月5日 社区食堂 助餐 30 人次", 45,
            [("活动物资", Money.FromYuan(20_000m), Money.FromYuan(3_200m))], At(report.DueOn.AddDays(-1)));
        return report;
    }

    public static ProjectReport SubmittedOn(this ProjectReport report, DateOnly day, int hour = 10)
    {
        report.Submit(Member, At(day, hour));
        return report;
    }

    public static DomainException Refused(string messageKey, Action act)
    {
        var ex = Assert.Throws<DomainException>(act);
        Assert.Equal(messageKey, ex.MessageKey);
        return ex;
    }
}
