package io.launchpad.sentinel.s3;

import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;
import com.amazonaws.services.s3.model.ListObjectsV2Request;
import com.amazonaws.services.s3.model.S3ObjectSummary;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * Object and configuration store for canary configs, metric set pairs and canary results:
 * s3://&lt;bucket&gt;/&lt;rootFolder&gt;/&lt;objectType&gt;/&lt;id&gt;/&lt;file&gt;.json
 */
@Service
@ConditionalOnProperty("sentinel.s3.enabled")
public class S3StorageService {
  private final AmazonS3 s3;
  private final ObjectMapper objectMapper;
  private final String bucket;
  private final String rootFolder;

  public S3StorageService(
      ObjectMapper objectMapper,
      @Value("${sentinel.s3.accounts[0].bucket}") String bucket,
      @Value("${sentinel.s3.accounts[0].rootFolder:sentinel}") String rootFolder,
      @Value("${sentinel.s3.accounts[0].region:us-west-2}") String region) {
    this.s3 = AmazonS3ClientBuilder.standard().withRegion(region).build();
    this.objectMapper = objectMapper;
    this.bucket = bucket;
    this.rootFolder = rootFolder;
  }

  public <T> T loadObject(String objectType, String id, Class<T> type) throws Exception {
    String prefix = rootFolder + "/" + objectType + "/" + id + "/";
    List<S3ObjectSummary> objects = s3.listObjectsV2(
        new ListObjectsV2Request().withBucketName(bucket).withPrefix(prefix)).getObjectSummaries();
    if (objects.isEmpty()) {
      throw new IllegalArgumentException("No " + objectType + " with id " + id);
    }
    return objectMapper.readValue(s3.getObject(bucket, objects.get(0).getKey()).getObjectContent(), type);
  }

  public void storeObject(String objectType, String id, String filename, Object obj) throws Exception {
    String key = rootFolder + "/" + objectType + "/" + id + "/" + filename;
    s3.putObject(bucket, key, objectMapper.writeValueAsString(obj));
  }

  public void deleteObject(String objectType, String id) {
    String prefix = rootFolder + "/" + objectType + "/" + id + "/";
    s3.listObjectsV2(bucket, prefix).getObjectSummaries()
        .forEach(o -> s3.deleteObject(bucket, o.getKey()));
  }
}
