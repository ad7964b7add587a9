using Vaultkeep.Core.Entities;
using Vaultkeep.Core.Settings;

namespace Vaultkeep.Core.Services;

public class LocalAttachmentStorageService : IAttachmentStorageService
{
    private readonly string _baseAttachmentUrl;
    private readonly string _baseDirPath;

    public LocalAttachmentStorageService(GlobalSettings globalSettings)
    {
        _baseDirPath = globalSettings.Attachment.BaseDirectory;
        _baseAttachmentUrl = globalSettings.Attachment.BaseUrl;
    }

    public async Task UploadNewAttachmentAsync(Stream stream, Cipher cipher, string attachmentId)
    {
        var cipherDirPath = Path.Combine(_baseDirPath, cipher.Id.ToString());
        Directory.CreateDirectory(cipherDirPath);
        using var fs = File.Create(Path.Combine(cipherDirPath, attachmentId));
        stream.Seek(0, SeekOrigin.Begin);
        await stream.CopyToAsync(fs);
    }

    public Task DeleteAttachmentAsync(Guid cipherId, string attachmentId)
    {
        var path = Path.Combine(_baseDirPath, cipherId.ToString(), attachmentId);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        return Task.CompletedTask;
    }

    public string GetAttachmentDownloadUrl(Cipher cipher, string attachmentId) =>
        $"{_baseAttachmentUrl}/{cipher.Id}/{attachmentId}";
}
