using GrantHub.Core.Identity;
using GrantHub.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrantHub.Core.Data.Configurations;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.UserId).HasMaxLength(450);
        b.Property(n => n.MessageKey).HasMaxLength(500);
        b.Property(n => n.ArgsJson).HasMaxLength(4000);
        b.Property(n => n.Link).HasMaxLength(Notification.MaxLinkLength);
        b.Property(n => n.DeduplicationKey).HasMaxLength(200);
        b.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        // The bell counts a user's unread ones; the list pages through a user's newest.
        b.HasIndex(n => new { n.UserId, n.ReadAt });
        b.HasIndex(n => new { n.UserId, n.CreatedAt });
        b.HasIndex(n => n.DeduplicationKey).IsUnique().HasFilter("[DeduplicationKey] IS NOT NULL");
    }
}

public sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> b)
    {
        b.Property(r => r.Key).HasMaxLength(SentReminder.MaxKeyLength);
        b.Property(r => r.UserId).HasMaxLength(450);
        // The whole point: a reminder step for an item and a person is recorded once; a second insert fails.
        b.HasIndex(r => r.Key).IsUnique();
        b.HasIndex(r => r.SentAt);
    }
}
