namespace GrantHub.Web.Resources;

/// <summary>
/// The one resource every page, e-mail and message reads its strings from. Keys are the English text; the zh-CN
/// translations are in SharedResource.zh-CN.resx, and a test fails when a key used in code has none.
/// </summary>
public sealed class SharedResource;
