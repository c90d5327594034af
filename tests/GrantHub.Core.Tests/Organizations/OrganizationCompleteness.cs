using GrantHub.Core.Organizations;

namespace GrantHub.Core.Tests.Organizations;

/// <summary>The organization sees how much of its profile is filled and what is left.</summary>
public sealed class OrganizationCompleteness
{
    [Fact]
    public void A_fresh_registration_has_its_identity_and_contact_and_nothing_else()
    {
        var completeness = new OrganizationBuilder().Build().Completeness();

        Assert.Equal(4, completeness.Filled);
        Assert.Equal(Organization.ProfileParts.Count, completeness.Total);
        Assert.Equal(4 * 100 / Organization.ProfileParts.Count, completeness.Percent);
        Assert.DoesNotContain("Name", completeness.Missing);
        Assert.DoesNotContain("Credit code or filing number", completeness.Missing);
        Assert.Contains("Address", completeness.Missing);
        Assert.Contains("Bank account", completeness.Missing);
    }

    [Fact]
    public void A_filed_organization_counts_its_filing_number_as_its_identifier()
    {
        Assert.DoesNotContain("Credit code or filing number", new OrganizationBuilder().Filed().Build().Completeness().Missing);
    }

    [Fact]
    public void A_full_profile_is_complete()
    {
        var completeness = new OrganizationBuilder().Complete().Build().Completeness();

        Assert.Equal(100, completeness.Percent);
        Assert.Empty(completeness.Missing);
    }

    [Fact]
    public void A_bank_account_without_its_number_is_still_missing()
    {
        var org = new OrganizationBuilder().Complete().Build();
        org.BankAccountNumber = "";

        var completeness = org.Completeness();

        Assert.Equal(["Bank account"], completeness.Missing);
        Assert.True(completeness.Percent < 100);
    }

    [Fact]
    public void A_count_of_zero_volunteers_is_an_answer()
    {
        var org = new OrganizationBuilder().Complete().Build();
        org.VolunteerCount = 0;

        Assert.DoesNotContain("Volunteer count", org.Completeness().Missing);
    }
}
