using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace GrantHub.Web.Composition;

/// <summary>A one-line confirmation shown on the next page after a POST-redirect-GET.</summary>
public static class FlashMessages
{
    public const string Key = "flash";

    public static void Flash(this ITempDataDictionary tempData, string message) => tempData[Key] = message;
}
