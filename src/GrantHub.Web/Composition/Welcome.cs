using GrantHub.Web.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GrantHub.Web.Composition;

public static class Welcome
{
    /// <summary>The local run tells the person at the terminal where to go and how to sign in.</summary>
    public static void PrintWelcomeOnStart(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Demo:Seed", false)) return;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var lines = new List<string> { "", "GrantHub is running:" };
            lines.AddRange(addresses.Select(a => "  " + a));
            lines.Add($"Demo accounts (password for all: {DemoData.Password}):");
            lines.AddRange(DemoData.Accounts.Select(a => $"  {a.Role,-20} {a.Email}"));
            lines.Add("Press Ctrl+C to stop.");
            Console.WriteLine(string.Join(Environment.NewLine, lines));
        });
    }
}
