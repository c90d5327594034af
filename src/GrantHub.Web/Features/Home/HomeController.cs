using Microsoft.AspNetCore.Mvc;

namespace GrantHub.Web.Features.Home;

public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();

    [HttpGet("/error/{status:int?}")]
    public IActionResult Error(int? status)
    {
        Response.StatusCode = status is >= 400 and < 600 ? status.Value : 500;
        return View("Error", Response.StatusCode);
    }
}
