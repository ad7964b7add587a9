package io.launchpad.butler;

import io.launchpad.butler.github.GitHubClient;
import io.launchpad.butler.herald.HeraldService;
import io.launchpad.butler.jenkins.JenkinsClient;
import io.launchpad.common.config.LaunchpadConfigLocations;
import io.launchpad.common.okhttp.OkHttpClientProvider;
import io.launchpad.common.retrofit.ServiceClientFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

@SpringBootApplication(scanBasePackages = {"io.launchpad.butler", "io.launchpad.common"})
@EnableScheduling
public class Main {
  public static void main(String[] args) {
    LaunchpadConfigLocations.apply("butler");
    SpringApplication.run(Main.class, args);
  }

  @Bean
  HeraldService heraldService(ServiceClientFactory factory) {
    return factory.create(HeraldService.class, "herald");
  }

  /** jenkins.masters[*] -> one JenkinsClient per master, keyed by name. */
  @Bean
  @ConditionalOnProperty("jenkins.enabled")
  Map<String, JenkinsClient> jenkinsMasters(Environment env, OkHttpClientProvider clients) {
    OkHttpClient base = clients.getClient("jenkins");
    Map<String, JenkinsClient> masters = new LinkedHashMap<>();
    for (int i = 0; env.containsProperty("jenkins.masters[" + i + "].name"); i++) {
      String prefix = "jenkins.masters[" + i + "].";
      masters.put(env.getProperty(prefix + "name"), JenkinsClient.create(base,
          env.getProperty(prefix + "address"),
          env.getProperty(prefix + "username"),
          env.getProperty(prefix + "password")));
    }
    return masters;
  }

  @Bean
  @ConditionalOnProperty("github.enabled")
  GitHubClient gitHubClient(OkHttpClientProvider clients,
                            @Value("${github.baseUrl:https://api.github.com}") String baseUrl,
                            @Value("${github.accessToken}") String token) {
    OkHttpClient client = clients.getClient("github").newBuilder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("Authorization", "token " + token)
            .header("Accept", "application/vnd.github+json")
            .build()))
        .build();
    return new Retrofit.Builder()
        .baseUrl(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/")
        .client(client)
        .addConverterFactory(JacksonConverterFactory.create())
        .build()
        .create(GitHubClient.class);
  }
}
