using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Applications;

/// <summary>Fills in the application form the way an organization member does, page by page.</summary>
internal static class ApplicationSteps
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    public static string StepUrl(Guid id, int step) => $"/applications/{id}/edit/{step}";

    /// <summary>Presses Apply for the edition on "My applications"; returns the new draft's id.</summary>
    public static async Task<Guid> ApplyAsync(this HttpClient member, Guid editionId)
    {
        using var response = await member.SubmitFormAsync("/applications", $"/competitions/{editionId}/apply", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var path = response.RedirectPath()!;
        Assert.Matches("^/applications/[0-9a-f-]{36}/edit/1$", path);
        return Guid.Parse(path.Split('/')[2]);
    }

    /// <summary>Submits a step's form with what the person types ("save and continue"); expects the next step.</summary>
    public static async Task StepAsync(this HttpClient member, Guid id, int step, Dictionary<string, string> typed)
    {
        using var response = await member.SubmitFormAsync(StepUrl(id, step), StepUrl(id, step), typed);
        if (response.StatusCode != HttpStatusCode.Redirect || response.RedirectPath() != StepUrl(id, step + 1))
        {
            var page = await response.ReadHtmlAsync();
            var errors = string.Join(" | ", page.QuerySelectorAll(".field-validation-error, div.alert-danger").Select(e => e.TextContent.Trim()));
            throw new InvalidOperationException($"Step {step} answered {(int)response.StatusCode} {response.Headers.Location}: {errors}");
        }
    }

    /// <summary>Submits a step expected to be refused on the page itself (200, the typed values kept).</summary>
    public static async Task<IHtmlDocument> RefusedStepAsync(this HttpClient member, Guid id, int step, Dictionary<string, string> typed)
    {
        using var response = await member.SubmitFormAsync(StepUrl(id, step), StepUrl(id, step), typed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadHtmlAsync();
    }

    public static Dictionary<string, string> Project(string name = "银龄互助食堂", string? categoryId = null) => new()
    {
        ["Form.ProjectName"] = name,
        ["Form.Summary"] = "为社区独居老人提供午餐和陪伴。",
        ["Form.CategoryId"] = categoryId ?? "",
    };

    public static Dictionary<string, string> Plan() => new()
    {
        ["Form.NeedAnalysis"] = "社区 60 岁以上独居老人 230 名，就餐困难。",
        ["Form.Goals"] = "一年服务 300 人次，培育骨干志愿者 20 名。",
        ["Form.Activities"] = "1-2 月招募志愿者；3-10 月每周三次送餐；11-12 月总结。",
        ["Form.Beneficiaries"] = "独居老人",
        ["Form.BeneficiaryCount"] = "230",
        ["Form.Team"] = "项目负责人 1 名（助理社工师），志愿者 20 名。",
        ["Form.Risks"] = "志愿者流失：积分激励。",
    };

    /// <summary>Budget rows: (subject, unit price in yuan, quantity, Fiscal|Matching).</summary>
    public static Dictionary<string, string> Budget(params (string Subject, string Price, string Quantity, string Source)[] rows)
    {
        var typed = new Dictionary<string, string>();
        for (var i = 0; i < rows.Length; i++)
        {
            typed[$"Form.Lines[{i}].Subject"] = rows[i].Subject;
            typed[$"Form.Lines[{i}].Description"] = $"{rows[i].Subject}说明";
            typed[$"Form.Lines[{i}].UnitPrice"] = rows[i].Price;
            typed[$"Form.Lines[{i}].Quantity"] = rows[i].Quantity;
            typed[$"Form.Lines[{i}].Source"] = rows[i].Source;
        }
        return typed;
    }

    /// <summary>Uploads a file through the attachments step's form (with its antiforgery token).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient member, Guid id, string fileName, byte[] content)
    {
        var page = await member.GetPageAsync(StepUrl(id, 4));
        var token = page.QuerySelector($"#upload-form input[name='{Forms.AntiforgeryField}']")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), Forms.AntiforgeryField);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        return await member.PostAsync($"/applications/{id}/attachments", form);
    }

    /// <summary>Presses "Submit the application" on the review step.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient member, Guid id) =>
        member.SubmitFormAsync(StepUrl(id, 5), $"/applications/{id}/submit", new Dictionary<string, string>());

    public static bool IsRefusal(this HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (response.StatusCode == HttpStatusCode.Redirect && response.RedirectPath() == "/account/access-denied");
}
