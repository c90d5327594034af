using GrantHub.Core.Identity;

namespace GrantHub.Core.Tests.Identity;

public class RolesCatalogue
{
    [Fact]
    public void There_are_exactly_six_roles_with_their_stored_names()
    {
        // The names are stored in the database: this test fails if one is renamed, added or dropped.
        Assert.Equal(
            ["OrganizationMember", "CenterStaff", "ProgramOfficer", "Judge", "FinanceOfficer", "Administrator"],
            Roles.All);
        Assert.Equal(6, Roles.All.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [InlineData(Roles.OrganizationMember)]
    [InlineData(Roles.CenterStaff)]
    [InlineData(Roles.ProgramOfficer)]
    [InlineData(Roles.Judge)]
    [InlineData(Roles.FinanceOfficer)]
    [InlineData(Roles.Administrator)]
    public void Every_role_of_the_domain_is_known(string role)
    {
        Assert.True(Roles.IsKnown(role));
    }

    [Theory]
    [InlineData("administrator")]
    [InlineData("ADMINISTRATOR")]
    [InlineData("Admin")]
    [InlineData(" Judge")]
    [InlineData("Reviewer")]
    [InlineData("")]
    public void A_name_that_is_not_exactly_a_role_is_unknown(string role)
    {
        Assert.False(Roles.IsKnown(role));
    }
}
