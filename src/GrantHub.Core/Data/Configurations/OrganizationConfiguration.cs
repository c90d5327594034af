using GrantHub.Core.Identity;
using GrantHub.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantHub.Core.Data.Configurations;

public sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Property(o => o.Name).HasMaxLength(100);
        b.Property(o => o.CreditCode).HasMaxLength(18).IsFixedLength(false);
        b.Property(o => o.FilingNumber).HasMaxLength(50);
        b.Property(o => o.ContactPerson).HasMaxLength(50);
        b.Property(o => o.ContactMobile).HasMaxLength(20);
        b.Property(o => o.RegistrationAuthority).HasMaxLength(100);
        b.Property(o => o.LegalRepresentative).HasMaxLength(50);
        b.Property(o => o.Address).HasMaxLength(200);
        b.Property(o => o.Introduction).HasMaxLength(2000);
        b.Property(o => o.BankAccountName).HasMaxLength(100);
        b.Property(o => o.BankName).HasMaxLength(100);
        b.Property(o => o.BankAccountNumber).HasMaxLength(40);
        b.Property(o => o.VerifiedByUserId).HasMaxLength(450);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasIndex(o => o.CreditCode).IsUnique().HasFilter("[CreditCode] IS NOT NULL");
        b.HasIndex(o => o.Name);
        b.HasMany(o => o.Members).WithOne().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(o => o.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class OrganizationMemberConfiguration : IEntityTypeConfiguration<OrganizationMember>
{
    public void Configure(EntityTypeBuilder<OrganizationMember> b)
    {
        b.HasKey(m => new { m.OrganizationId, m.UserId });
        b.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        // A person belongs to one organization: "my organization" is never ambiguous.
        b.HasIndex(m => m.UserId).IsUnique();
    }
}

public sealed class OrganizationInvitationConfiguration : IEntityTypeConfiguration<OrganizationInvitation>
{
    public void Configure(EntityTypeBuilder<OrganizationInvitation> b)
    {
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.Email).HasMaxLength(256);
        b.Property(i => i.Token).HasMaxLength(64);
        b.Property(i => i.InvitedByUserId).HasMaxLength(450);
        b.HasIndex(i => i.Token).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
