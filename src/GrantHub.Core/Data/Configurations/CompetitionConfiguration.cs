using GrantHub.Core.Competitions;
using GrantHub.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantHub.Core.Data.Configurations;

public sealed class CompetitionEditionConfiguration : IEntityTypeConfiguration<CompetitionEdition>
{
    public void Configure(EntityTypeBuilder<CompetitionEdition> b)
    {
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Name).HasMaxLength(100);
        b.Property(e => e.Organizer).HasMaxLength(100);
        b.Property(e => e.Call).HasMaxLength(8000);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.Ignore(e => e.EligibleTypes);
        b.HasMany(e => e.Categories).WithOne().HasForeignKey(c => c.EditionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Rubric).WithOne().HasForeignKey(c => c.EditionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.AwardTiers).WithOne().HasForeignKey(t => t.EditionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.Year, e.Name }).IsUnique();
    }
}

public sealed class EditionCategoryConfiguration : IEntityTypeConfiguration<EditionCategory>
{
    public void Configure(EntityTypeBuilder<EditionCategory> b) => b.ToTable("EditionCategories").Property(c => c.Name).HasMaxLength(50);
}

public sealed class RubricCriterionConfiguration : IEntityTypeConfiguration<RubricCriterion>
{
    public void Configure(EntityTypeBuilder<RubricCriterion> b) => b.ToTable("RubricCriteria").Property(c => c.Name).HasMaxLength(100);
}

public sealed class AwardTierConfiguration : IEntityTypeConfiguration<AwardTier>
{
    public void Configure(EntityTypeBuilder<AwardTier> b) => b.ToTable("AwardTiers").Property(t => t.Name).HasMaxLength(50);
}

public sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> b)
    {
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.CreatedByUserId).HasMaxLength(450);
        b.Property(a => a.ScreenedByUserId).HasMaxLength(450);
        b.Property(a => a.ProjectName).HasMaxLength(100);
        b.Property(a => a.Summary).HasMaxLength(1000);
        foreach (var text in new[] { nameof(Application.NeedAnalysis), nameof(Application.Goals), nameof(Application.Activities),
                     nameof(Application.Beneficiaries), nameof(Application.Team), nameof(Application.Risks) })
            b.Property(text).HasMaxLength(4000);
        b.Property(a => a.ScreeningReason).HasMaxLength(1000);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasOne<CompetitionEdition>().WithMany().HasForeignKey(a => a.EditionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EditionCategory>().WithMany().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Budget).WithOne().HasForeignKey(l => l.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Attachments).WithOne().HasForeignKey(f => f.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        // Covers the per-category counts of an edition's applications as well as the edition's lists by status.
        b.HasIndex(a => new { a.EditionId, a.Status, a.CategoryId });
        b.HasIndex(a => new { a.OrganizationId, a.EditionId });
    }
}

public sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> b)
    {
        b.ToTable("BudgetLines");
        b.Property(l => l.Subject).HasMaxLength(100);
        b.Property(l => l.Description).HasMaxLength(500);
    }
}

public sealed class ApplicationAttachmentConfiguration : IEntityTypeConfiguration<ApplicationAttachment>
{
    public void Configure(EntityTypeBuilder<ApplicationAttachment> b)
    {
        b.ToTable("ApplicationAttachments");
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.FileName).HasMaxLength(200);
        b.Property(f => f.StoredName).HasMaxLength(100);
        b.HasIndex(f => f.StoredName).IsUnique();
    }
}
