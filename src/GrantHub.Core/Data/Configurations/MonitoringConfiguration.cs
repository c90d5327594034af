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
