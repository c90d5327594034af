using GrantHub.Core.Competitions;
using GrantHub.Core.Organizations;

namespace GrantHub.Core.Tests.Competitions;

/// <summary>
/// Applications (and the edition they go to) brought to the state a test needs through their own methods. The
/// edition takes applications from 1 to 31 May 2026, China time; its cap is ¥30,000 and it asks for 10% matching funds.
/// </summary>
public sealed class ApplicationBuilder
{
    public static readonly DateOnly OpensOn = new(2026, 5, 1);
    public static readonly DateOnly ClosesOn = new(2026, 5, 31);

    /// <summary>Drafted and published in April, before the edition opens.</summary>
    public static readonly DateTime Drafted = new(2026, 4, 20, 1, 0, 0, DateTimeKind.Utc);

    /// <summary>10 May 2026, 10:00 China time: the edition is open.</summary>
    public static readonly DateTime During = new(2026, 5, 10, 2, 0, 0, DateTimeKind.Utc);

    public static readonly Money Cap = Money.FromYuan(30_000m);

    public const string Member = "member-1";
    public const string Officer = "officer-1";

    private readonly Guid _organizationId = Guid.NewGuid();
    private bool _complete = true;
    private bool _submitted;
    private (string Subject, Money Price, int Quantity, FundsSource Source)[] _budget =
    [
        ("活动物资", Money.FromYuan(8_000m), 1, FundsSource.Fiscal),
        ("志愿者补贴", Money.FromYuan(50m), 40, FundsSource.Fiscal),
        ("场地（社区提供）", Money.FromYuan(1_000m), 1, FundsSource.Matching),
    ];

    public Guid OrganizationId => _organizationId;

    public static CompetitionEdition Edition(int matchingPercent = 10, Money? cap = null, bool severalAllowed = false,
        OrganizationType[]? types = null, int? minYears = null, EvaluationGrade minGrade = EvaluationGrade.None, bool residency = false)
    {
        var edition = CompetitionEdition.Draft("仪征市第五届社区公益创投大赛", 2026, "仪征市民政局", OpensOn, ClosesOn);
        edition.SetRules(Money.FromYuan(400_000m), cap ?? Cap, matchingPercent, types ?? [], minYears, minGrade, residency, severalAllowed, Drafted);
        edition.SetCategories(["为老服务", "青少年教育"], Drafted);
        edition.Publish(Drafted);
        return edition;
    }

    /// <summary>Only started: every step still empty.</summary>
    public ApplicationBuilder Empty()
    {
        _complete = false;
        return this;
    }

    public ApplicationBuilder WithBudget(params (string Subject, Money Price, int Quantity, FundsSource Source)[] lines)
    {
        _budget = lines;
        return this;
    }

    public ApplicationBuilder Submitted()
    {
        _submitted = true;
        return this;
    }

    public Application Build(CompetitionEdition edition)
    {
        var application = Application.Start(edition, _organizationId, Member, During);
        if (_complete)
        {
            application.DescribeProject("银龄互助食堂", edition.Categories[0].Id, "为社区独居老人提供午餐和陪伴。", During);
            application.DescribePlan("社区独居老人多，吃饭难。", "一年服务 300 人次。", "每周三次送餐，每月一次健康讲座。", "独居老人", 120,
                "社工 2 名，志愿者 20 名。", "志愿者流失：建立积分激励。", During);
            application.SetBudget(_budget.Select(b => (b.Subject, "说明", b.Price, b.Quantity, b.Source)), During);
        }
        if (_submitted) application.Submit(edition, During);
        return application;
    }
}

/// <summary>Asserts that a rule said no with the expected message (the English localizer key).</summary>
internal static class ApplicationRefusal
{
    public static DomainException Expect(string messageKey, Action act)
    {
        var ex = Assert.Throws<DomainException>(act);
        Assert.Equal(messageKey, ex.MessageKey);
        return ex;
    }

    public const string ReadOnly = "This application has been submitted and can no longer be changed.";
}
