using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrantHub.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_EditionId_Status",
                table: "Applications");

            migrationBuilder.CreateIndex(
                name: "IX_Residencies_OrganizationId",
                table: "Residencies",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_EditionId_Status_CategoryId",
                table: "Applications",
                columns: new[] { "EditionId", "Status", "CategoryId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Residencies_OrganizationId",
                table: "Residencies");

            migrationBuilder.DropIndex(
                name: "IX_Applications_EditionId_Status_CategoryId",
                table: "Applications");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_EditionId_Status",
                table: "Applications",
                columns: new[] { "EditionId", "Status" });
        }
    }
}
