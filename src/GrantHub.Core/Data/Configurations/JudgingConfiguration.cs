using GrantHub.Core.Competitions;
using GrantHub.Core.Identity;
using GrantHub.Core.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantHub.Core.Data.Configurations;

public sealed class JudgeProfileConfiguration : IEntityTypeConfiguration<JudgeProfile>
{
    public void Configure(EntityTypeBuilder<JudgeProfile> b)
    {
        b.HasKey(p => p.UserId);
        b.Property(p => p.Affiliation).HasMaxLength(100);
        // A short list of category names, stored as JSON text on both providers.
        b.PrimitiveCollection(p => p.Expertise);
        b.HasOne<AppUser>().WithOne().HasForeignKey<JudgeProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class EditionJudgeConfiguration : IEntityTypeConfiguration<EditionJudge>
{
    public void Configure(EntityTypeBuilder<EditionJudge> b)
    {
        b.HasKey(j => new { j.EditionId, j.UserId });
        b.HasOne<CompetitionEdition>().WithMany().HasForeignKey(j => j.EditionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(j => j.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(j => j.UserId);
    }
}

public sealed class ConflictDeclarationConfiguration : IEntityTypeConfiguration<ConflictDeclaration>
{
    public void Configure(EntityTypeBuilder<ConflictDeclaration> b)
    {
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Note).HasMaxLength(ConflictDeclaration.MaxNoteLength);
        b.Property(d => d.LiftReason).HasMaxLength(ConflictDeclaration.MaxNoteLength);
        b.Property(d => d.LiftedByUserId).HasMaxLength(450);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.Ignore(d => d.Blocks);
        b.Ignore(d => d.AllowsJudging);
        b.HasOne<Application>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(d => d.JudgeUserId).OnDelete(DeleteBehavior.Restrict);
        // One declaration per application and judge: a second one (two tabs, a double click) is refused by the database.
        b.HasIndex(d => new { d.ApplicationId, d.JudgeUserId }).IsUnique();
        b.HasIndex(d => d.JudgeUserId);
    }
}

public sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> b)
    {
        b.ToTable("JudgeAssignments");
        b.Property(a => a.Id).ValueGeneratedNever();
        b.HasOne<CompetitionEdition>().WithMany().HasForeignKey(a => a.EditionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Application>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(a => a.JudgeUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.ApplicationId, a.JudgeUserId, a.Round }).IsUnique();
        // A judge's queue and loads, per edition and round.
        b.HasIndex(a => new { a.EditionId, a.Round, a.JudgeUserId });
        b.HasIndex(a => a.JudgeUserId);
    }
}

public sealed class ScoreSheetConfiguration : IEntityTypeConfiguration<ScoreSheet>
{
    public void Configure(EntityTypeBuilder<ScoreSheet> b)
    {
        b.HasKey(s => s.AssignmentId);
        b.Property(s => s.ReopenReason).HasMaxLength(ScoreSheet.MaxReasonLength);
        b.Property(s => s.ReopenedByUserId).HasMaxLength(450);
        b.Property(s => s.JudgeUserId).HasMaxLength(450);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Ignore(s => s.IsLocked);
        b.Ignore(s => s.Total);
        // A sheet belongs to its assignment: the assignment cannot be removed once scoring has started.
        b.HasOne<Assignment>().WithOne().HasForeignKey<ScoreSheet>(s => s.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Scores).WithOne().HasForeignKey(x => x.ScoreSheetId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.ApplicationId, s.Round, s.Status });
    }
}

public sealed class SheetScoreConfiguration : IEntityTypeConfiguration<SheetScore>
{
    public void Configure(EntityTypeBuilder<SheetScore> b)
    {
        b.ToTable("SheetScores");
        b.HasKey(s => new { s.ScoreSheetId, s.CriterionId });
        b.Property(s => s.Points).HasPrecision(4, 1);
        b.Property(s => s.Comment).HasMaxLength(ScoreSheet.MaxCommentLength);
        b.HasOne<RubricCriterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ShortlistEntryConfiguration : IEntityTypeConfiguration<ShortlistEntry>
{
    public void Configure(EntityTypeBuilder<ShortlistEntry> b)
    {
        b.ToTable("ShortlistEntries");
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.FirstRoundAggregate).HasPrecision(6, 2);
        b.Property(s => s.AddedByUserId).HasMaxLength(450);
        b.HasOne<CompetitionEdition>().WithMany().HasForeignKey(s => s.EditionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Application>().WithMany().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        // On the shortlist once: two officers (or a double click) shortlisting the same application, the second is refused.
        b.HasIndex(s => new { s.EditionId, s.ApplicationId }).IsUnique();
        b.HasIndex(s => s.ApplicationId);
    }
}

public sealed class LiftedConflictSuggestionConfiguration : IEntityTypeConfiguration<LiftedConflictSuggestion>
{
    public void Configure(EntityTypeBuilder<LiftedConflictSuggestion> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Reason).HasMaxLength(LiftedConflictSuggestion.MaxReasonLength);
        b.Property(s => s.LiftedByUserId).HasMaxLength(450);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Ignore(s => s.Kinds);
        b.HasOne<Application>().WithMany().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(s => s.JudgeUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.ApplicationId, s.JudgeUserId }).IsUnique();
        b.HasIndex(s => s.JudgeUserId);
    }
}
