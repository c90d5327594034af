using GrantHub.Core.Competitions;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantHub.Core.Data.Configurations;

public sealed class PublicityConfiguration : IEntityTypeConfiguration<Publicity>
{
    public void Configure(EntityTypeBuilder<Publicity> b)
    {
        b.ToTable("Publicities");
        // One publication per edition: publishing twice at once is refused by the database.
        b.HasKey(p => p.EditionId);
        b.Property(p => p.PublishedByUserId).HasMaxLength(450);
        b.Property(p => p.FinalizedByUserId).HasMaxLength(450);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasOne<CompetitionEdition>().WithOne().HasForeignKey<Publicity>(p => p.EditionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(p => p.PublishedByUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(p => p.FinalizedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ObjectionConfiguration : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> b)
    {
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Property(o => o.Name).HasMaxLength(Objection.NameMaxLength);
        b.Property(o => o.Contact).HasMaxLength(Objection.ContactMaxLength);
        b.Property(o => o.Text).HasMaxLength(Objection.TextMaxLength);
        b.Property(o => o.ResolutionNote).HasMaxLength(Objection.NoteMaxLength);
        b.Property(o => o.ResolvedByUserId).HasMaxLength(450);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasOne<Publicity>().WithMany().HasForeignKey(o => o.EditionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Application>().WithMany().HasForeignKey(o => o.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(o => o.ResolvedByUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => new { o.EditionId, o.Status });
        b.HasIndex(o => o.ApplicationId);
    }
}
