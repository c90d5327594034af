using GrantHub.Core.Competitions;

namespace GrantHub.Core.Tests.Competitions;

/// <summary>After submission nothing of the application changes: every editing method refuses.</summary>
public sealed class ApplicationReadOnlyAfterSubmission
{
    private readonly CompetitionEdition _edition = ApplicationBuilder.Edition();

    public static TheoryData<string> Edits => ["project", "plan", "budget", "attach", "detach", "copy"];

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_submitted_application_refuses_every_edit(string edit)
    {
        var builder = new ApplicationBuilder();
        var application = builder.Build(_edition);
        var attachment = application.Attach("登记证书.pdf", "a1.pdf", 1000, ApplicationBuilder.During);
        application.Submit(_edition, ApplicationBuilder.During);
        var before = (application.ProjectName, application.NeedAnalysis, application.Budget.Count, application.Attachments.Count, application.Version);

        Action act = edit switch
        {
            "project" => () => application.DescribeProject("另一个项目", null, "摘要", ApplicationBuilder.During),
            "plan" => () => application.DescribePlan("a", "b", "c", "d", 1, "e", "f", ApplicationBuilder.During),
            "budget" => () => application.SetBudget([("物资", "", Money.FromYuan(1m), 1, FundsSource.Fiscal)], ApplicationBuilder.During),
            "attach" => () => application.Attach("新.pdf", "a2.pdf", 1000, ApplicationBuilder.During),
            "detach" => () => application.Detach(attachment.Id, ApplicationBuilder.During),
            _ => () => application.CopyFrom(application, ApplicationBuilder.During),
        };

        ApplicationRefusal.Expect(ApplicationRefusal.ReadOnly, act);
        Assert.Equal(before, (application.ProjectName, application.NeedAnalysis, application.Budget.Count, application.Attachments.Count, application.Version));
    }

    [Fact]
    public void A_draft_is_editable_and_a_submitted_application_is_not()
    {
        var draft = new ApplicationBuilder().Build(_edition);
        var submitted = new ApplicationBuilder().Submitted().Build(_edition);

        Assert.True(draft.IsEditable);
        Assert.False(submitted.IsEditable);
    }
}
