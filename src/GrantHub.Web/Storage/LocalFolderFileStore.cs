namespace GrantHub.Web.Storage;

/// <summary>
/// Files in one local folder (by default App_Data/files beside the app, outside wwwroot, so never served as static
/// files). A file is written to a temporary name first and then moved into place, so a reader never sees half of it.
/// </summary>
public sealed class LocalFolderFileStore(string folder) : IFileStore
{
    public string Folder { get; } = Path.GetFullPath(folder);

    public async Task SaveAsync(string name, Stream content, CancellationToken cancellationToken = default)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Folder);
        var temporary = Path.Combine(Folder, $".{Guid.NewGuid():N}.part");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                await content.CopyToAsync(file, cancellationToken);
            File.Move(temporary, path, overwrite: false);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken = default)
    {
        var path = PathOf(name);
        Stream? stream = File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
        return Task.FromResult(stream);
    }

    public async Task<bool> CopyAsync(string from, string to, CancellationToken cancellationToken = default)
    {
        await using var source = await OpenReadAsync(from, cancellationToken);
        if (source is null) return false;
        await SaveAsync(to, source, cancellationToken);
        return true;
    }

    public Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        var path = PathOf(name);
        if (File.Exists(path)) File.Delete(path);
        return Task.CompletedTask;
    }

    private string PathOf(string name)
    {
        if (!StoredNames.IsValid(name)) throw new ArgumentException($"Not a stored file name: '{name}'.", nameof(name));
        return Path.Combine(Folder, name);
    }
}
