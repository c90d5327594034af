using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantHub.Core.Data.Configurations;

public sealed class IncubationCenterConfiguration : IEntityTypeConfiguration<IncubationCenter>
{
    public void Configure(EntityTypeBuilder<IncubationCenter> b)
    {
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.Address).HasMaxLength(200);
        b.HasIndex(c => c.Name).IsUnique();
        b.HasMany(c => c.Staff).WithOne().HasForeignKey(s => s.CenterId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CenterStaffMemberConfiguration : IEntityTypeConfiguration<CenterStaffMember>
{
    public void Configure(EntityTypeBuilder<CenterStaffMember> b)
    {
        b.HasKey(s => new { s.CenterId, s.UserId });
        b.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => s.UserId);
    }
}
