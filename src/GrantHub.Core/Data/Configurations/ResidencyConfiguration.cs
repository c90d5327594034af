using GrantHub.Core.Incubation;
using GrantHub.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantHub.Core.Data.Configurations;

public sealed class ResidencyConfiguration : IEntityTypeConfiguration<Residency>
{
    public void Configure(EntityTypeBuilder<Residency> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Needs).HasMaxLength(2000);
        b.Property(r => r.RejectionReason).HasMaxLength(1000);
        b.Property(r => r.ExitReason).HasMaxLength(1000);
        b.Property(r => r.CertificateNumber).HasMaxLength(40);
        b.Property(r => r.DecidedByUserId).HasMaxLength(450);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<IncubationCenter>().WithMany().HasForeignKey(r => r.CenterId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.CenterId, r.Status });
        // [..] quoting is understood by SQL Server and SQLite alike, so one filter serves both providers.
        b.HasIndex(r => new { r.CenterId, r.DeskNumber }).IsUnique().HasFilter("[DeskNumber] IS NOT NULL");
        b.HasIndex(r => r.OrganizationId).IsUnique().HasFilter("[Status] IN (0, 1, 2)").HasDatabaseName("IX_Residencies_OneActivePerOrganization");
        // Every residency of an organization, whatever its state (the dashboards ask "registered with a center?").
        b.HasIndex(r => r.OrganizationId, "ByOrganization").HasDatabaseName("IX_Residencies_OrganizationId");
        b.HasIndex(r => r.CertificateNumber).IsUnique().HasFilter("[CertificateNumber] IS NOT NULL");
    }
}

public sealed class ServiceRecordConfiguration : IEntityTypeConfiguration<ServiceRecord>
{
    public void Configure(EntityTypeBuilder<ServiceRecord> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Topic).HasMaxLength(200);
        b.Property(s => s.RecordedByUserId).HasMaxLength(450);
        b.HasOne<Residency>().WithMany().HasForeignKey(s => s.ResidencyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.ResidencyId, s.On });
    }
}

public sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Comment).HasMaxLength(2000);
        b.Property(a => a.AssessedByUserId).HasMaxLength(450);
        b.HasOne<Residency>().WithMany().HasForeignKey(a => a.ResidencyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.ResidencyId, a.Kind, a.On });
    }
}
