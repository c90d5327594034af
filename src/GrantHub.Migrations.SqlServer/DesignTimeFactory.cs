using GrantHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GrantHub.Migrations.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server model (and its script) with no server and no web host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<GrantHubDbContext>
{
    public GrantHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<GrantHubDbContext>()
            .UseSqlServer(
                Environment.GetEnvironmentVariable("GRANTHUB_SQLSERVER") ?? "Server=localhost;Database=GrantHub;Trusted_Connection=True;TrustServerCertificate=True",
                o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
