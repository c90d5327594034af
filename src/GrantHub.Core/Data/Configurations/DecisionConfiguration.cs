using GrantHub.Core.Competitions;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantHub.Core.Data.Configurations;

public sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> b)
    {
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.DecidedByUserId).HasMaxLength(450);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasOne<CompetitionEdition>().WithMany().HasForeignKey(d => d.EditionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Application>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AwardTier>().WithMany().HasForeignKey(d => d.AwardTierId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(d => d.DecidedByUserId).OnDelete(DeleteBehavior.Restrict);
        // One decision per application: two first decisions at once are refused by the database.
        b.HasIndex(d => d.ApplicationId).IsUnique();
        b.HasIndex(d => d.EditionId);
    }
}
