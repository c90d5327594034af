using GrantHub.Core.Incubation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantHub.Core.Data.Configurations;

public sealed class IncubationCenterConfiguration : IEntityTypeConfiguration<IncubationCenter>
{
    public void Configure(EntityTypeBuilder<IncubationCenter> b)
    {
        b.Property(c => c.Name).HasMaxLength(100);
        b.HasIndex(c => c.Name).IsUnique();
    }
}
