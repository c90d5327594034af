using GrantHub.Core.Auditing;
using GrantHub.Core.Competitions;
using GrantHub.Core.Exports;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Core.Judging;
using GrantHub.Core.Monitoring;
using GrantHub.Core.Notifications;
using GrantHub.Core.Organizations;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Core.Data;

public class GrantHubDbContext(DbContextOptions<GrantHubDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<IncubationCenter> IncubationCenters => Set<IncubationCenter>();

    public DbSet<CenterStaffMember> CenterStaff => Set<CenterStaffMember>();

    public DbSet<Residency> Residencies => Set<Residency>();

    public DbSet<ServiceRecord> ServiceRecords => Set<ServiceRecord>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<OrganizationMember> OrganizationMembers => Set<OrganizationMember>();

    public DbSet<OrganizationInvitation> OrganizationInvitations => Set<OrganizationInvitation>();

    public DbSet<CompetitionEdition> Editions => Set<CompetitionEdition>();

    public DbSet<Application> Applications => Set<Application>();

    public DbSet<JudgeProfile> JudgeProfiles => Set<JudgeProfile>();

    public DbSet<EditionJudge> EditionJudges => Set<EditionJudge>();

    public DbSet<ConflictDeclaration> ConflictDeclarations => Set<ConflictDeclaration>();

    public DbSet<Assignment> JudgeAssignments => Set<Assignment>();

    public DbSet<ScoreSheet> ScoreSheets => Set<ScoreSheet>();

    public DbSet<ShortlistEntry> Shortlist => Set<ShortlistEntry>();

    public DbSet<LiftedConflictSuggestion> LiftedConflictSuggestions => Set<LiftedConflictSuggestion>();

    public DbSet<Decision> Decisions => Set<Decision>();

    public DbSet<Publicity> Publicities => Set<Publicity>();

    public DbSet<Objection> Objections => Set<Objection>();

    public DbSet<Grant> Grants => Set<Grant>();

    public DbSet<Tranche> Tranches => Set<Tranche>();

    public DbSet<Clawback> Clawbacks => Set<Clawback>();

    public DbSet<Evaluation> Evaluations => Set<Evaluation>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<SentReminder> SentReminders => Set<SentReminder>();

    public DbSet<ReportingRules> ReportingRules => Set<ReportingRules>();

    public DbSet<ProjectReport> ProjectReports => Set<ProjectReport>();

    public DbSet<ExportJob> ExportJobs => Set<ExportJob>();

    /// <summary>Data Protection keys live in the database so that every web node reads the same cookies.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(GrantHubDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<Money>().HaveConversion<MoneyConverter>();
    }
}
