using GrantHub.Core.Competitions;
using GrantHub.Core.Funding;
using GrantHub.Core.Judging;
using GrantHub.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantHub.Core.Data.Configurations;

public sealed class GrantConfiguration : IEntityTypeConfiguration<Grant>
{
    public void Configure(EntityTypeBuilder<Grant> b)
    {
        b.Property(g => g.Id).ValueGeneratedNever();
        b.Property(g => g.DraftedByUserId).HasMaxLength(450);
        b.Property(g => g.ConfirmedByUserId).HasMaxLength(450);
        b.Property(g => g.BankAccountName).HasMaxLength(200);
        b.Property(g => g.BankName).HasMaxLength(200);
        b.Property(g => g.BankAccountNumber).HasMaxLength(64);
        b.Property(g => g.SignedScanFileName).HasMaxLength(Grant.MaxFileNameLength);
        b.Property(g => g.SignedScanStoredName).HasMaxLength(100);
        b.Property(g => g.StopReason).HasMaxLength(Tranche.MaxReasonLength);
        b.Property(g => g.Version).IsConcurrencyToken();
        b.HasOne<CompetitionEdition>().WithMany().HasForeignKey(g => g.EditionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Application>().WithMany().HasForeignKey(g => g.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(g => g.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Decision>().WithMany().HasForeignKey(g => g.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(g => g.Tranches).WithOne().HasForeignKey(t => t.GrantId).OnDelete(DeleteBehavior.Cascade);
        // One grant per decided application: finalizing twice cannot open two.
        b.HasIndex(g => g.ApplicationId).IsUnique();
        b.HasIndex(g => new { g.EditionId, g.Status });
        b.HasIndex(g => g.OrganizationId);
    }
}

public sealed class TrancheConfiguration : IEntityTypeConfiguration<Tranche>
{
    public void Configure(EntityTypeBuilder<Tranche> b)
    {
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Property(t => t.RequestedByUserId).HasMaxLength(450);
        b.Property(t => t.ApprovedByUserId).HasMaxLength(450);
        b.Property(t => t.PaidByUserId).HasMaxLength(450);
        b.Property(t => t.CancelledByUserId).HasMaxLength(450);
        b.Property(t => t.BankReference).HasMaxLength(Tranche.MaxReferenceLength);
        b.Property(t => t.CancelReason).HasMaxLength(Tranche.MaxReasonLength);
        // Every transition is an UPDATE … WHERE Version = the version read: of two racing, one wins.
        b.Property(t => t.Version).IsConcurrencyToken();
        b.HasIndex(t => new { t.GrantId, t.Number }).IsUnique();
        // A bank payment is recorded once, whichever tranche it is typed against.
        b.HasIndex(t => t.BankReference).IsUnique().HasFilter("[BankReference] IS NOT NULL");
        b.HasIndex(t => new { t.Status, t.DueOn });
    }
}

public sealed class ClawbackConfiguration : IEntityTypeConfiguration<Clawback>
{
    public void Configure(EntityTypeBuilder<Clawback> b)
    {
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Reason).HasMaxLength(Tranche.MaxReasonLength);
        b.Property(c => c.WithdrawReason).HasMaxLength(Tranche.MaxReasonLength);
        b.Property(c => c.RequestedByUserId).HasMaxLength(450);
        b.Property(c => c.RecordedByUserId).HasMaxLength(450);
        b.Property(c => c.ReturnedReference).HasMaxLength(Tranche.MaxReferenceLength);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasOne<Grant>().WithMany().HasForeignKey(c => c.GrantId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => c.GrantId);
        b.HasIndex(c => c.ReturnedReference).IsUnique().HasFilter("[ReturnedReference] IS NOT NULL");
    }
}
