package io.taskloom.storage.minio;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.messages.Item;
import io.taskloom.core.plugins.Plugin;
import io.taskloom.core.storages.StorageInterface;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.extern.jackson.Jacksonized;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

@Plugin.Id("minio")
@Getter
@Builder
@Jacksonized
@NoArgsConstructor
@AllArgsConstructor
public class MinioStorage implements StorageInterface {
    @NotEmpty
    private String endpoint;

    @NotNull
    private int port;

    private String accessKey;

    private String secretKey;

    private String region;

    @Builder.Default
    private boolean secure = false;

    @NotEmpty
    private String bucket;

    @Builder.Default
    private boolean vhost = false;

    private transient MinioClient minioClient;

    @Override
    public void init() throws Exception {
        MinioClient.Builder builder = MinioClient.builder()
            .endpoint(endpoint, port, secure);
        if (accessKey != null && secretKey != null) {
            builder.credentials(accessKey, secretKey);
        }
        if (region != null) {
            builder.region(region);
        }
        this.minioClient = builder.build();
        if (vhost) {
            this.minioClient.enableVirtualStyleEndpoint();
        }

        if (!minioClient.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
            minioClient.makeBucket(MakeBucketArgs.builder().bucket(bucket).region(region).build());
        }
    }

    private String getPath(String tenantId, URI uri) {
        String path = uri == null ? "" : uri.getPath();
        if (tenantId == null) {
            return path.startsWith("/") ? path.substring(1) : path;
        }
        return tenantId + (path.startsWith("/") ? path : "/" + path);
    }

    @Override
    public InputStream get(String tenantId, URI uri) throws IOException {
        try {
            return minioClient.getObject(GetObjectArgs.builder().bucket(bucket).object(getPath(tenantId, uri)).build());
        } catch (io.minio.errors.ErrorResponseException e) {
            throw new FileNotFoundException(uri + " (File not found)");
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    @Override
    public List<FileAttributes> list(String tenantId, URI uri) throws IOException {
        String prefix = getPath(tenantId, uri);
        List<FileAttributes> list = new ArrayList<>();
        try {
            for (var result : minioClient.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(prefix.endsWith("/") ? prefix : prefix + "/").build())) {
                Item item = result.get();
                list.add(new MinioFileAttributes(item.objectName(), item.size(), item.isDir(),
                    item.isDir() ? 0 : item.lastModified().toInstant().toEpochMilli()));
            }
        } catch (Exception e) {
            throw new IOException(e);
        }
        return list;
    }

    @Override
    public boolean exists(String tenantId, URI uri) {
        try {
            minioClient.statObject(StatObjectArgs.builder().bucket(bucket).object(getPath(tenantId, uri)).build());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public FileAttributes getAttributes(String tenantId, URI uri) throws IOException {
        try {
            StatObjectResponse stat = minioClient.statObject(StatObjectArgs.builder().bucket(bucket).object(getPath(tenantId, uri)).build());
            return new MinioFileAttributes(stat.object(), stat.size(), false, stat.lastModified().toInstant().toEpochMilli());
        } catch (Exception e) {
            throw new FileNotFoundException(uri + " (File not found)");
        }
    }

    @Override
    public URI put(String tenantId, URI uri, InputStream data) throws IOException {
        try (data) {
            minioClient.putObject(PutObjectArgs.builder()
                .bucket(bucket)
                .object(getPath(tenantId, uri))
                .stream(data, -1, 10485760)
                .build());
            return URI.create("tl://" + uri.getPath());
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    @Override
    public boolean delete(String tenantId, URI uri) throws IOException {
        if (!exists(tenantId, uri)) {
            return false;
        }
        try {
            minioClient.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(getPath(tenantId, uri)).build());
            return true;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    @Override
    public List<URI> deleteByPrefix(String tenantId, URI storagePrefix) throws IOException {
        List<URI> deleted = new ArrayList<>();
        for (FileAttributes attributes : list(tenantId, storagePrefix)) {
            URI uri = URI.create("tl:///" + attributes.getFileName());
            if (delete(tenantId, uri)) {
                deleted.add(uri);
            }
        }
        return deleted;
    }

    @Override
    public void close() {
        // the minio client has no resources to release
    }

    record MinioFileAttributes(String fileName, long size, boolean directory, long lastModified) implements FileAttributes {
        @Override public String getFileName() { return fileName; }
        @Override public long getLastModifiedTime() { return lastModified; }
        @Override public long getSize() { return size; }
        @Override public boolean isDirectory() { return directory; }
    }
}
