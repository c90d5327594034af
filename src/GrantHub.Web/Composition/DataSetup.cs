using GrantHub.Core.Auditing;
using GrantHub.Core.Data;
using GrantHub.Web.Email;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Composition;

public static class DataSetup
{
    /// <summary>
    /// One DbContext, two providers: <c>Database:Provider</c> chooses SQLite (a file under App_Data, the default)
    /// or SQL Server, each with its own migrations assembly.
    /// </summary>
    public static void AddGrantHubData(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var provider = builder.Configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connection = ConnectionString(builder, provider);

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<OutboxKickInterceptor>();
        services.AddDbContext<GrantHubDbContext>((sp, options) =>
        {
            if (provider == DatabaseProvider.SqlServer)
                options.UseSqlServer(connection, o => o.MigrationsAssembly("GrantHub.Migrations.SqlServer"));
            else
                options.UseSqlite(connection, o => o.MigrationsAssembly("GrantHub.Migrations.Sqlite"));
            options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<OutboxKickInterceptor>());
        });
        services.AddHealthChecks().AddDbContextCheck<GrantHubDbContext>("database");
    }

    private static string ConnectionString(WebApplicationBuilder builder, DatabaseProvider provider)
    {
        var configured = builder.Configuration.GetConnectionString("GrantHub");
        if (provider == DatabaseProvider.SqlServer)
            return configured ?? throw new InvalidOperationException(
                "Database:Provider is SqlServer but ConnectionStrings:GrantHub is not set.");
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var folder = Path.Combine(builder.Environment.ContentRootPath, "App_Data");
        return $"Data Source={Path.Combine(folder, "granthub.db")}";
    }

    /// <summary>
    /// SQLite (the local run) is migrated at start; SQL Server is migrated by the documented command, so that several
    /// web nodes never race to change the schema.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantHubDbContext>();
        if (db.Database.IsSqlite())
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            await db.Database.MigrateAsync();
        }
        await Seeding.Seeder.RunAsync(scope.ServiceProvider);
        // Without table statistics SQLite picks an index by its shape alone: on a large database it walked every paid
        // tranche through (Status, DueOn) instead of one grant's through GrantId. optimize analyzes what needs it,
        // reading at most analysis_limit rows per index, so it stays cheap at every start.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002;");
    }
}
