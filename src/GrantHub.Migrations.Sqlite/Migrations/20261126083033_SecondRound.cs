using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrantHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SecondRound : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing criteria are the written round's (1); existing editions get the second-round defaults a new one gets.
            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "RubricCriteria",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<bool>(
                name: "HasSecondRound",
                table: "Editions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "SecondRoundJudgesPerApplication",
                table: "Editions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 5);

            migrationBuilder.AddColumn<DateTime>(
                name: "SecondRoundOpenedAt",
                table: "Editions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WrittenRoundPercent",
                table: "Editions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 50);

            migrationBuilder.CreateTable(
                name: "LiftedConflictSuggestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JudgeUserId = table.Column<string>(type: "TEXT", nullable: false),
                    KindsMask = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LiftedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LiftedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiftedConflictSuggestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiftedConflictSuggestions_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LiftedConflictSuggestions_AspNetUsers_JudgeUserId",
                        column: x => x.JudgeUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ShortlistEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EditionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstRoundPosition = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstRoundAggregate = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AddedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShortlistEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShortlistEntries_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ShortlistEntries_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LiftedConflictSuggestions_ApplicationId_JudgeUserId",
                table: "LiftedConflictSuggestions",
                columns: new[] { "ApplicationId", "JudgeUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiftedConflictSuggestions_JudgeUserId",
                table: "LiftedConflictSuggestions",
                column: "JudgeUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ShortlistEntries_ApplicationId",
                table: "ShortlistEntries",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ShortlistEntries_EditionId_ApplicationId",
                table: "ShortlistEntries",
                columns: new[] { "EditionId", "ApplicationId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LiftedConflictSuggestions");

            migrationBuilder.DropTable(
                name: "ShortlistEntries");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "RubricCriteria");

            migrationBuilder.DropColumn(
                name: "HasSecondRound",
                table: "Editions");

            migrationBuilder.DropColumn(
                name: "SecondRoundJudgesPerApplication",
                table: "Editions");

            migrationBuilder.DropColumn(
                name: "SecondRoundOpenedAt",
                table: "Editions");

            migrationBuilder.DropColumn(
                name: "WrittenRoundPercent",
                table: "Editions");
        }
    }
}
