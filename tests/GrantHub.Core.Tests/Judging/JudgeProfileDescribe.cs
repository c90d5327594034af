using GrantHub.Core.Judging;
using GrantHub.Core.Tests.Incubation;

namespace GrantHub.Core.Tests.Judging;

public sealed class JudgeProfileDescribe
{
    [Fact]
    public void Expertise_is_trimmed_and_deduplicated()
    {
        var profile = JudgeProfile.Create("judge-1", " 扬州大学社会发展学院 ", [" 为老服务", "为老服务", "", "青少年教育 "]);

        Assert.Equal("扬州大学社会发展学院", profile.Affiliation);
        Assert.Equal(["为老服务", "青少年教育"], profile.Expertise);
    }

    [Fact]
    public void More_than_ten_categories_are_refused()
    {
        Refusal.Expect("A judge has at most {0} expertise categories.",
            () => JudgeProfile.Create("judge-1", "", Enumerable.Range(1, 11).Select(n => $"类别{n}")));
    }
}
