namespace GrantHub.Web.Storage;

public static class FileStoreSetup
{
    /// <summary><c>Files:Folder</c> (default App_Data/files under the content root) holds uploaded files.</summary>
    public static void AddGrantHubFileStore(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["Files:Folder"];
        var folder = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(builder.Environment.ContentRootPath, "App_Data", "files")
            : Path.Combine(builder.Environment.ContentRootPath, configured);
        builder.Services.AddSingleton<IFileStore>(new LocalFolderFileStore(folder));
    }
}
