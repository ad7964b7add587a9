package io.launchpad.ledger.s3;

import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * Legacy object-store backend: one JSON document per object under
 * s3://&lt;bucket&gt;/&lt;rootFolder&gt;/&lt;type&gt;/&lt;id&gt;/specification.json.
 * Disabled once an installation moves to SQL (see docs/architecture.md).
 */
@Service
@ConditionalOnProperty("launchpad.s3.enabled")
public class S3StorageService {
  private final AmazonS3 s3;
  private final ObjectMapper objectMapper;
  private final String bucket;
  private final String rootFolder;

  public S3StorageService(
      ObjectMapper objectMapper,
      @Value("${launchpad.s3.bucket}") String bucket,
      @Value("${launchpad.s3.rootFolder:ledger}") String rootFolder,
      @Value("${launchpad.s3.region:us-west-2}") String region) {
    this.s3 = AmazonS3ClientBuilder.standard().withRegion(region).build();
    this.objectMapper = objectMapper;
    this.bucket = bucket;
    this.rootFolder = rootFolder;
  }

  public <T> T loadObject(String objectType, String id, Class<T> type) throws Exception {
    String key = rootFolder + "/" + objectType + "/" + id.toLowerCase() + "/specification.json";
    return objectMapper.readValue(s3.getObject(bucket, key).getObjectContent(), type);
  }

  public void storeObject(String objectType, String id, Object item) throws Exception {
    String key = rootFolder + "/" + objectType + "/" + id.toLowerCase() + "/specification.json";
    s3.putObject(bucket, key, objectMapper.writeValueAsString(item));
  }
}
