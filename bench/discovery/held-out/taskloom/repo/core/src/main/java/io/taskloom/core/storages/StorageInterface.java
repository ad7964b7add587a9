package io.taskloom.core.storages;

import io.taskloom.core.plugins.Plugin;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

/**
 * Internal storage SPI. Implementations are loaded as plugins and selected by {@code taskloom.storage.type}.
 */
public interface StorageInterface extends AutoCloseable, Plugin {

    default void init() throws Exception {
        // no-op
    }

    @Override
    default void close() {
        // no-op
    }

    InputStream get(String tenantId, URI uri) throws IOException;

    List<FileAttributes> list(String tenantId, URI uri) throws IOException;

    boolean exists(String tenantId, URI uri);

    FileAttributes getAttributes(String tenantId, URI uri) throws IOException;

    URI put(String tenantId, URI uri, InputStream data) throws IOException;

    boolean delete(String tenantId, URI uri) throws IOException;

    List<URI> deleteByPrefix(String tenantId, URI storagePrefix) throws IOException;

    default URI from(String executionPath, String name) {
        return URI.create("tl:///" + executionPath + "/" + name);
    }

    default void assertExists(String tenantId, URI uri) throws IOException {
        if (!exists(tenantId, uri)) {
            throw new FileNotFoundException(uri + " doesn't exist");
        }
    }

    interface FileAttributes {
        String getFileName();
        long getLastModifiedTime();
        long getSize();
        boolean isDirectory();
    }
}
