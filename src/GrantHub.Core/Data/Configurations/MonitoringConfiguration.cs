using GrantHub.Core.Funding;
using GrantHub.Core.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantHub.Core.Data.Configurations;

public sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> b)
    {
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Score).HasPrecision(5, 1);
        b.Property(e => e.Evaluator).HasMaxLength(200);
        b.Property(e => e.Comment).HasMaxLength(Evaluation.MaxTextLength);
        b.Property(e => e.RecordedByUserId).HasMaxLength(450);
        b.HasOne<Grant>().WithMany().HasForeignKey(e => e.GrantId).OnDelete(DeleteBehavior.Cascade);
        // One mid-term and one final evaluation per project.
        b.HasIndex(e => new { e.GrantId, e.Kind }).IsUnique();
    }
}

public sealed class ReportingRulesConfiguration : IEntityTypeConfiguration<ReportingRules>
{
    public void Configure(EntityTypeBuilder<ReportingRules> b)
    {
        b.HasKey(r => r.EditionId);
        b.Property(r => r.EditionId).ValueGeneratedNever();
        b.HasOne<GrantHub.Core.Competitions.CompetitionEdition>().WithOne().HasForeignKey<ReportingRules>(r => r.EditionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ProjectReportConfiguration : IEntityTypeConfiguration<ProjectReport>
{
    public void Configure(EntityTypeBuilder<ProjectReport> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Title).HasMaxLength(200);
        b.Property(r => r.Narrative).HasMaxLength(ProjectReport.MaxTextLength);
        b.Property(r => r.Activities).HasMaxLength(ProjectReport.MaxTextLength);
        b.Property(r => r.ReviewComment).HasMaxLength(ProjectReport.MaxCommentLength);
        b.Property(r => r.ExcuseReason).HasMaxLength(ProjectReport.MaxCommentLength);
        b.Property(r => r.SubmittedByUserId).HasMaxLength(450);
        b.Property(r => r.ReviewedByUserId).HasMaxLength(450);
        b.Property(r => r.ExcusedByUserId).HasMaxLength(450);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne<Grant>().WithMany().HasForeignKey(r => r.GrantId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Spending).WithOne().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.GrantId, r.Kind, r.Number }).IsUnique();
        // The reminder scan reads only what is owed and near or past its date: (Status, DueOn) keeps it in proportion
        // to what is due, not to every report ever scheduled.
        b.HasIndex(r => new { r.Status, r.DueOn });
    }
}

public sealed class ReportSpendingConfiguration : IEntityTypeConfiguration<ReportSpending>
{
    public void Configure(EntityTypeBuilder<ReportSpending> b)
    {
        b.HasKey(s => new { s.ReportId, s.Line });
        b.Property(s => s.Subject).HasMaxLength(200);
    }
}

public sealed class ReportAttachmentConfiguration : IEntityTypeConfiguration<ReportAttachment>
{
    public void Configure(EntityTypeBuilder<ReportAttachment> b)
    {
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.FileName).HasMaxLength(255);
        b.Property(a => a.StoredName).HasMaxLength(100);
        b.Property(a => a.ContentType).HasMaxLength(100);
    }
}
