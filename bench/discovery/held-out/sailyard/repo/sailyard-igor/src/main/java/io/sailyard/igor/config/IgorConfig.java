package io.sailyard.igor.config;

import io.sailyard.kork.client.ServiceClientFactory;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.JedisPool;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

@Configuration
public class IgorConfig {

  /** Build, docker-image and git events are posted to echo, which turns them into pipeline triggers. */
  @Bean
  public EchoService echoService(ServiceClientFactory clients) {
    return clients.create(EchoService.class, "echo");
  }

  /**
   * Docker tag polling: igor does not talk to registries itself, it asks clouddriver's registry
   * cache for tags (dockerRegistry.enabled).
   */
  @Bean
  @ConditionalOnProperty("dockerRegistry.enabled")
  public ClouddriverService clouddriverService(ServiceClientFactory clients) {
    return clients.create(ClouddriverService.class, "clouddriver");
  }

  /** Last-seen build numbers, tags and commits are kept in Redis so restarts don't re-trigger. */
  @Bean
  public PollingStateCache pollingStateCache(
      JedisPool jedisPool, @Value("${redis.prefix:igor}") String prefix) {
    return new PollingStateCache(jedisPool, prefix);
  }

  public interface EchoService {
    @POST("/")
    Call<Void> postEvent(@Body Map<String, Object> event);
  }

  public interface ClouddriverService {
    @GET("dockerRegistry/images/find")
    Call<List<Map<String, Object>>> findImages(
        @Query("account") String account, @Query("q") String repository, @Query("count") Integer count);

    @GET("credentials?expand=true")
    Call<List<Map<String, Object>>> getAccounts();
  }

  public static class PollingStateCache {
    private final JedisPool pool;
    private final String prefix;

    PollingStateCache(JedisPool pool, String prefix) {
      this.pool = pool;
      this.prefix = prefix;
    }

    public boolean markSeen(String monitor, String partition, String id) {
      try (var jedis = pool.getResource()) {
        return jedis.sadd(prefix + ":" + monitor + ":" + partition, id) == 1L;
      }
    }
  }
}
