using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Reports;

/// <summary>What a person does on the report pages, as a browser sends it.</summary>
public static class ReportPages
{
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0];

    /// <summary>The text of a complete report, as a member types it (spending left as prefilled).</summary>
    public static Dictionary<string, string> Complete(string? then = "submit") => new()
    {
        ["Form.Narrative"] = "本月开展助餐服务 12 次，新增独居老人 5 名。",
        ["Form.Activities"] = "8月5日 社区食堂 助餐 30 人次；8月19日 上门探访 12 户。",
        ["Form.Beneficiaries"] = "45",
        ["Form.Then"] = then ?? "save",
    };

    /// <summary>Fills in the report form at /reports/{id} and presses Save draft or Submit (urlencoded, no files).</summary>
    public static Task<HttpResponseMessage> PostReportAsync(this HttpClient client, Guid reportId, Dictionary<string, string> typed) =>
        client.SubmitFormAsync($"/reports/{reportId}", $"/reports/{reportId}", typed);

    /// <summary>The report form posted as multipart, with what is typed and the files chosen (Save draft unless typed otherwise).</summary>
    public static async Task<HttpResponseMessage> PostReportWithFilesAsync(this HttpClient client, Guid reportId,
        Dictionary<string, string> typed, params (string Name, byte[] Content, string ContentType)[] files)
    {
        var page = await client.GetPageAsync($"/reports/{reportId}");
        var form = page.QuerySelector<IHtmlFormElement>("#report-form") ?? throw new InvalidOperationException("No report form.");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in Fields(form).Where(f => !typed.ContainsKey(f.Name))) content.Add(new StringContent(value), name);
        foreach (var (name, value) in typed) content.Add(new StringContent(value), name);
        if (!typed.ContainsKey("Form.Then")) content.Add(new StringContent("save"), "Form.Then");
        foreach (var (name, bytes, type) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(type);
            content.Add(file, "files", name);
        }
        return await client.PostAsync($"/reports/{reportId}", content);
    }

    /// <summary>The named inputs and text areas of a form, as a browser sends them (no buttons or files).</summary>
    public static IEnumerable<(string Name, string Value)> Fields(IHtmlFormElement form)
    {
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name)) continue;
            switch (element)
            {
                case IHtmlInputElement input when input.Type is not ("submit" or "button" or "file"):
                    if (input.Type is "checkbox" && !input.IsChecked) continue;
                    yield return (name, input.Value);
                    break;
                case IHtmlTextAreaElement area:
                    yield return (name, area.Value);
                    break;
            }
        }
    }

    /// <summary>Refused: a 403/404, or the redirect to the access-denied page.</summary>
    public static bool IsRefusal(this HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (response.StatusCode == HttpStatusCode.Redirect && response.RedirectPath() == "/account/access-denied");

    public static async Task<string> ErrorsAsync(this HttpResponseMessage response)
    {
        var page = await response.ReadHtmlAsync();
        return string.Join(" | ", page.QuerySelectorAll(".field-validation-error, div.alert-danger").Select(e => e.TextContent.Trim()));
    }
}
