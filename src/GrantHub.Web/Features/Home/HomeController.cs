using Microsoft.AspNetCore.Mvc;

namespace GrantHub.Web.Features.Home;

public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();

    /// <summary>
    /// Re-executed by the status-code pages and the exception handler with the failed request's method, so it answers
    /// every method (a POST that failed must not turn into a 405), and has no antiforgery check of its own.
    /// </summary>
    [Route("/error/{status:int?}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Error(int? status)
    {
        Response.StatusCode = status is >= 400 and < 600 ? status.Value : 500;
        return View("Error", Response.StatusCode);
    }
}
