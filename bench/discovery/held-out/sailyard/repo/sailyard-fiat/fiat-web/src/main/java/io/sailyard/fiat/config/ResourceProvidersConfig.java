package io.sailyard.fiat.config;

import io.sailyard.kork.client.ServiceClientFactory;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.JedisPool;
import retrofit2.Call;
import retrofit2.http.GET;

/**
 * Where fiat learns about protected resources: applications and service accounts (front50),
 * accounts (clouddriver) and build services (igor). The resolved permissions are written to Redis.
 */
@Configuration
public class ResourceProvidersConfig {

  @Bean
  public Front50Api front50Api(ServiceClientFactory clients) {
    return clients.create(Front50Api.class, "front50");
  }

  @Bean
  public ClouddriverApi clouddriverApi(ServiceClientFactory clients) {
    return clients.create(ClouddriverApi.class, "clouddriver");
  }

  @Bean
  @ConditionalOnExpression("${services.igor.enabled:false}")
  public IgorApi igorApi(ServiceClientFactory clients) {
    return clients.create(IgorApi.class, "igor");
  }

  @Bean
  @ConditionalOnExpression("${permissionsRepository.redis.enabled:true}")
  public RedisPermissionsRepository redisPermissionsRepository(
      JedisPool jedisPool, @Value("${fiat.redis.prefix:sailyard:fiat}") String prefix) {
    return new RedisPermissionsRepository(jedisPool, prefix);
  }

  public interface Front50Api {
    @GET("permissions/applications")
    Call<List<Map<String, Object>>> getAllApplicationPermissions();

    @GET("serviceAccounts")
    Call<List<Map<String, Object>>> getAllServiceAccounts();
  }

  public interface ClouddriverApi {
    @GET("credentials")
    Call<List<Map<String, Object>>> getAccounts();

    @GET("applications?restricted=false&expand=false")
    Call<List<Map<String, Object>>> getApplications();
  }

  public interface IgorApi {
    @GET("buildServices")
    Call<List<Map<String, Object>>> getBuildMasters();
  }

  public static class RedisPermissionsRepository {
    private final JedisPool pool;
    private final String prefix;

    RedisPermissionsRepository(JedisPool pool, String prefix) {
      this.pool = pool;
      this.prefix = prefix;
    }

    public void put(String userId, String resourceType, Map<String, String> permissions) {
      try (var jedis = pool.getResource()) {
        jedis.hset(prefix + ":permissions:" + userId + ":" + resourceType, permissions);
        jedis.sadd(prefix + ":users", userId);
      }
    }
  }
}
