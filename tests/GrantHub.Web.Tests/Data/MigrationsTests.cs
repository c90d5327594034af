using GrantHub.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GrantHub.Web.Tests.Data;

/// <summary>
/// Each provider has its own migrations assembly; both must describe the current model, or the next deployment
/// silently misses a column. Neither check needs a database server.
/// </summary>
public sealed class MigrationsTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var db = new GrantHubDbContext(new DbContextOptionsBuilder<GrantHubDbContext>()
            .UseSqlite(connection, o => o.MigrationsAssembly("GrantHub.Migrations.Sqlite"))
            .Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: add a migration to GrantHub.Migrations.Sqlite.");
    }

    [Fact]
    public void The_SQLite_migrations_apply_to_an_empty_database()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new GrantHubDbContext(new DbContextOptionsBuilder<GrantHubDbContext>()
            .UseSqlite(connection, o => o.MigrationsAssembly("GrantHub.Migrations.Sqlite"))
            .Options);

        db.Database.Migrate();

        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.Equal(0, db.Users.Count());
    }

    [Fact]
    public void The_SQL_Server_migrations_match_the_model_and_script_offline()
    {
        using var db = new GrantHubDbContext(new DbContextOptionsBuilder<GrantHubDbContext>()
            .UseSqlServer("Server=none;Database=x;User Id=none;Password=none;TrustServerCertificate=True",
                o => o.MigrationsAssembly("GrantHub.Migrations.SqlServer"))
            .Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: add a migration to GrantHub.Migrations.SqlServer.");
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("CREATE TABLE [AspNetUsers]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }
}
