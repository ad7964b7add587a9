package io.sailyard.front50.config;

import java.net.URI;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Persistent storage for applications, pipelines, strategies, projects, notifications and service
 * accounts. Exactly one of {@code sailyard.s3.enabled} or {@code sql.enabled} is expected; if both are
 * set, SQL wins and S3 is only read by the migrator ({@code sailyard.migration.enabled}).
 */
@Configuration
public class StorageConfig {

  @Bean
  @ConfigurationProperties("sailyard.s3")
  public S3Properties s3Properties() {
    return new S3Properties();
  }

  @Bean
  @ConditionalOnExpression("${sailyard.s3.enabled:false} && (!${sql.enabled:false} || ${sailyard.migration.enabled:false})")
  public S3Client s3Client(S3Properties props) {
    S3ClientBuilder builder = S3Client.builder().region(Region.of(props.getRegion()));
    if (props.getEndpoint() != null && !props.getEndpoint().isEmpty()) {
      // MinIO or any other S3 compatible store
      builder.endpointOverride(URI.create(props.getEndpoint()))
          .forcePathStyle(props.isPathStyleAccess());
    }
    if (props.getAccessKeyId() != null && !props.getAccessKeyId().isEmpty()) {
      builder.credentialsProvider(StaticCredentialsProvider.create(
          AwsBasicCredentials.create(props.getAccessKeyId(), props.getSecretAccessKey())));
    } else {
      builder.credentialsProvider(DefaultCredentialsProvider.create());
    }
    return builder.build();
  }

  @Bean
  @ConditionalOnExpression("${sailyard.s3.enabled:false} && (!${sql.enabled:false} || ${sailyard.migration.enabled:false})")
  public ObjectKeyLoader s3ObjectKeyLoader(S3Client s3, S3Properties props) {
    return new ObjectKeyLoader(s3, props.getBucket(), props.getRootFolder());
  }

  @Bean
  @ConditionalOnProperty("sql.enabled")
  public SqlStorageService sqlStorageService(DSLContext jooq) {
    return new SqlStorageService(jooq);
  }

  public static class ObjectKeyLoader {
    private final S3Client s3;
    private final String bucket;
    private final String rootFolder;

    ObjectKeyLoader(S3Client s3, String bucket, String rootFolder) {
      this.s3 = s3;
      this.bucket = bucket;
      this.rootFolder = rootFolder;
    }

    public java.util.List<String> keys(String objectType) {
      return s3.listObjectsV2(b -> b.bucket(bucket).prefix(rootFolder + "/" + objectType + "/"))
          .contents().stream().map(o -> o.key()).toList();
    }
  }

  public static class SqlStorageService {
    private final DSLContext jooq;

    SqlStorageService(DSLContext jooq) {
      this.jooq = jooq;
    }

    public Object load(String objectType, String id) {
      return jooq.fetchValue("select body from " + objectType + " where id = ?", id);
    }
  }

  public static class S3Properties {
    private boolean enabled;
    private String bucket;
    private String rootFolder = "front50";
    private String region = "us-east-1";
    private String endpoint;
    private boolean pathStyleAccess = true;
    private String accessKeyId;
    private String secretAccessKey;

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getBucket() { return bucket; }
    public void setBucket(String bucket) { this.bucket = bucket; }
    public String getRootFolder() { return rootFolder; }
    public void setRootFolder(String rootFolder) { this.rootFolder = rootFolder; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getEndpoint() { return endpoint; }
    public void setEndpoint(String endpoint) { this.endpoint = endpoint; }
    public boolean isPathStyleAccess() { return pathStyleAccess; }
    public void setPathStyleAccess(boolean v) { this.pathStyleAccess = v; }
    public String getAccessKeyId() { return accessKeyId; }
    public void setAccessKeyId(String accessKeyId) { this.accessKeyId = accessKeyId; }
    public String getSecretAccessKey() { return secretAccessKey; }
    public void setSecretAccessKey(String secretAccessKey) { this.secretAccessKey = secretAccessKey; }
  }
}
