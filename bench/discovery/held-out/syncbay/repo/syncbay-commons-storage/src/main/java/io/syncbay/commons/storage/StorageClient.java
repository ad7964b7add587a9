package io.syncbay.commons.storage;

public interface StorageClient {
  void write(String id, String document);
  String read(String id);
  void delete(String id);
}
