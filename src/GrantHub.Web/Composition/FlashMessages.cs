using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace GrantHub.Web.Composition;

/// <summary>A one-line message shown on the next page after a POST-redirect-GET: a confirmation or a refusal.</summary>
public static class FlashMessages
{
    public const string Key = "flash";
    public const string ErrorKey = "flash-error";

    public static void Flash(this ITempDataDictionary tempData, string message) => tempData[Key] = message;

    public static void FlashError(this ITempDataDictionary tempData, string message) => tempData[ErrorKey] = message;
}
