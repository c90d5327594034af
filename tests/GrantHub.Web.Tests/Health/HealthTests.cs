using System.Net;
using System.Text.Json;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Health;

public sealed class HealthTests(GrantHubFactory app) : IClassFixture<GrantHubFactory>
{
    [Fact]
    public async Task Health_answers_200_Healthy_with_the_database_check()
    {
        using var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetString());
    }
}
