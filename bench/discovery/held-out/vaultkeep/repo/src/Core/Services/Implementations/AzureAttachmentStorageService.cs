using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Vaultkeep.Core.Entities;
using Vaultkeep.Core.Settings;

namespace Vaultkeep.Core.Services;

public class AzureAttachmentStorageService : IAttachmentStorageService
{
    private const string _defaultContainerName = "attachments";
    private readonly BlobServiceClient _blobServiceClient;
    private readonly Dictionary<string, BlobContainerClient> _attachmentContainers = new();

    public AzureAttachmentStorageService(GlobalSettings globalSettings)
    {
        _blobServiceClient = new BlobServiceClient(globalSettings.Attachment.ConnectionString);
    }

    public async Task UploadNewAttachmentAsync(Stream stream, Cipher cipher, string attachmentId)
    {
        var container = await GetContainerAsync(_defaultContainerName);
        var blobClient = container.GetBlobClient($"{cipher.Id}/{attachmentId}");
        await blobClient.UploadAsync(stream, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentDisposition = $"attachment; filename=\"{attachmentId}\"" }
        });
    }

    public async Task DeleteAttachmentAsync(Guid cipherId, string attachmentId)
    {
        var container = await GetContainerAsync(_defaultContainerName);
        await container.GetBlobClient($"{cipherId}/{attachmentId}").DeleteIfExistsAsync();
    }

    private async Task<BlobContainerClient> GetContainerAsync(string name)
    {
        if (!_attachmentContainers.TryGetValue(name, out var client))
        {
            client = _blobServiceClient.GetBlobContainerClient(name);
            await client.CreateIfNotExistsAsync(PublicAccessType.None);
            _attachmentContainers[name] = client;
        }
        return client;
    }
}
