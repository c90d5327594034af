using GrantHub.Core.Exports;
using GrantHub.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantHub.Core.Data.Configurations;

public sealed class ExportJobConfiguration : IEntityTypeConfiguration<ExportJob>
{
    public void Configure(EntityTypeBuilder<ExportJob> b)
    {
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.RequestedByUserId).HasMaxLength(450);
        b.Property(e => e.Culture).HasMaxLength(10);
        b.Property(e => e.FileName).HasMaxLength(ExportJob.MaxFileNameLength);
        b.Property(e => e.StoredName).HasMaxLength(100);
        b.Property(e => e.ErrorKey).HasMaxLength(ExportJob.MaxErrorLength);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasOne<AppUser>().WithMany().HasForeignKey(e => e.RequestedByUserId).OnDelete(DeleteBehavior.Cascade);
        // "My exports" lists a person's newest; the daily clean-up finds the old ones.
        b.HasIndex(e => new { e.RequestedByUserId, e.CreatedAt });
        b.HasIndex(e => e.CreatedAt);
    }
}
