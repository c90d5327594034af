namespace GrantHub.Web.Storage;

/// <summary>
/// Where uploaded files live, outside the web root, under names the application generates (never the uploader's).
/// A local folder now; object storage later, behind the same four calls, when there is more than one web node.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="name"/> (a name from <see cref="StoredNames.New"/>).</summary>
    Task SaveAsync(string name, Stream content, CancellationToken cancellationToken = default);

    /// <summary>The stored file to read, or null when there is none by that name.</summary>
    Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Stores a copy of a stored file under a new name; false when the source is missing.</summary>
    Task<bool> CopyAsync(string from, string to, CancellationToken cancellationToken = default);

    /// <summary>Removes a stored file; a missing one is not an error.</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken = default);
}

/// <summary>Generated names: random, lower-case, with a fixed extension, and nothing a path could be made of.</summary>
public static class StoredNames
{
    public static string New(string extension) => $"{Guid.NewGuid():N}.{extension.TrimStart('.').ToLowerInvariant()}";

    /// <summary>Letters, digits, dot, dash and underscore, no leading dot, at most 100 characters.</summary>
    public static bool IsValid(string name) =>
        name.Length is > 0 and <= 100 && name[0] != '.' && !name.Contains("..", StringComparison.Ordinal)
        && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-' or '_');
}
