package io.sailyard.kayenta.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.JedisPool;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Kayenta accounts: METRICS_STORE accounts are queried for the control/experiment time series,
 * OBJECT_STORE/CONFIGURATION_STORE accounts hold canary configs and judgement results.
 */
@Configuration
public class KayentaConfiguration {

  /** Canary executions and their progress are tracked in Redis (execution repository). */
  @Bean
  public CanaryExecutionStore canaryExecutionStore(JedisPool jedisPool) {
    return new CanaryExecutionStore(jedisPool);
  }

  @Bean
  @ConfigurationProperties("kayenta.s3")
  public S3Accounts s3Accounts() {
    return new S3Accounts();
  }

  @Bean
  @ConditionalOnProperty("kayenta.s3.enabled")
  public S3Client kayentaS3Client(S3Accounts accounts) {
    S3Accounts.Account a = accounts.getAccounts().get(0);
    return S3Client.builder()
        .region(Region.of(a.getRegion()))
        .endpointOverride(URI.create(a.getEndpoint()))
        .forcePathStyle(true)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(a.getAccessKeyId(), a.getSecretAccessKey())))
        .build();
  }

  @Bean
  @ConditionalOnProperty("kayenta.prometheus.enabled")
  public OkHttpClient prometheusHttpClient(@Value("${kayenta.prometheus.timeoutMs:30000}") long timeoutMs) {
    return new OkHttpClient.Builder()
        .readTimeout(java.time.Duration.ofMillis(timeoutMs))
        .build();
  }

  public static class CanaryExecutionStore {
    private final JedisPool pool;

    CanaryExecutionStore(JedisPool pool) {
      this.pool = pool;
    }

    public void save(String executionId, String json) {
      try (var jedis = pool.getResource()) {
        jedis.setex("kayenta:execution:" + executionId, 14 * 24 * 3600, json);
      }
    }
  }

  public static class S3Accounts {
    private boolean enabled;
    private List<Account> accounts = new ArrayList<>();

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public List<Account> getAccounts() { return accounts; }
    public void setAccounts(List<Account> accounts) { this.accounts = accounts; }

    public static class Account {
      private String name;
      private String bucket;
      private String rootFolder = "kayenta";
      private String region = "us-east-1";
      private String endpoint;
      private String accessKeyId;
      private String secretAccessKey;

      public String getName() { return name; }
      public void setName(String name) { this.name = name; }
      public String getBucket() { return bucket; }
      public void setBucket(String bucket) { this.bucket = bucket; }
      public String getRootFolder() { return rootFolder; }
      public void setRootFolder(String rootFolder) { this.rootFolder = rootFolder; }
      public String getRegion() { return region; }
      public void setRegion(String region) { this.region = region; }
      public String getEndpoint() { return endpoint; }
      public void setEndpoint(String endpoint) { this.endpoint = endpoint; }
      public String getAccessKeyId() { return accessKeyId; }
      public void setAccessKeyId(String v) { this.accessKeyId = v; }
      public String getSecretAccessKey() { return secretAccessKey; }
      public void setSecretAccessKey(String v) { this.secretAccessKey = v; }
    }
  }
}
