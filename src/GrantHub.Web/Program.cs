using GrantHub.Web.Authorization;
using GrantHub.Web.Composition;
using GrantHub.Web.Email;
using GrantHub.Web.Features.Notifications;
using GrantHub.Web.Storage;
using GrantHub.Web.Jobs;

var builder = WebApplication.CreateBuilder(args);

builder.AddGrantHubData();
builder.AddGrantHubIdentity();
builder.AddGrantHubAuthorization();
builder.AddGrantHubLocalization();
builder.AddGrantHubMvc();
builder.AddGrantHubEmail();
builder.AddGrantHubNotifications();
builder.AddGrantHubJobs();
builder.AddGrantHubFileStore();

var app = builder.Build();

app.UseGrantHubPipeline();
await app.PrepareDatabaseAsync();
app.PrintWelcomeOnStart();

await app.RunAsync();

/// <summary>Visible to the web tests' <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
