using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.JudgeDesk;

/// <summary>The queue reads a fixed number of SQL commands whatever the number of assignments and their states.</summary>
public sealed class QueueQueryCountTests(JudgeDeskFactory app) : IClassFixture<JudgeDeskFactory>
{
    private async Task<int> CommandsForQueueAsync(int assignments)
    {
        var judge = await app.CreateUserAsync("judge", Roles.Judge);
        var client = await app.SignedInClientAsync(judge);
        var criteria = (IReadOnlyList<(int, int)>?)null;
        for (var i = 0; i < assignments; i++)
        {
            var editionId = await app.CreateEditionAsync(blind: i % 2 == 0);
            var application = await app.SubmittedApplicationAsync(editionId, $"机构{i}-{Guid.NewGuid():N}"[..12], $"JH-{Random.Shared.Next(100000, 999999)}", $"项目{i}");
            var assignmentId = await app.AssignAsync(editionId, application.Id, judge.Id);
            var c = new JudgeCase(editionId, application, judge, assignmentId, client);
            if (i % 3 == 0) continue;
            await c.DeclareNoConflictAsync();
            if (i % 3 == 2)
            {
                criteria = await app.CriteriaAsync(editionId);
                await c.ScoreAsync(criteria, max => max, "save");
            }
        }
        await client.GetPageAsync("/judging");
        app.Commands.Reset();
        var page = await client.GetPageAsync("/judging");
        Assert.Equal(assignments, page.QuerySelectorAll(".queue-row").Length);
        return app.Commands.Count;
    }

    [Fact]
    public async Task The_queue_runs_the_same_number_of_queries_for_3_and_9_assignments()
    {
        var few = await CommandsForQueueAsync(3);
        var many = await CommandsForQueueAsync(9);

        Assert.Equal(few, many);
    }
}
