package io.launchpad.sentinel;

import io.launchpad.common.config.LaunchpadConfigLocations;
import io.launchpad.common.okhttp.OkHttpClientProvider;
import io.launchpad.sentinel.prometheus.PrometheusRemoteService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication(scanBasePackages = {"io.launchpad.sentinel", "io.launchpad.common"})
@EnableScheduling
public class Main {
  public static void main(String[] args) {
    LaunchpadConfigLocations.apply("sentinel");
    SpringApplication.run(Main.class, args);
  }

  @Bean
  @ConditionalOnProperty("sentinel.prometheus.enabled")
  PrometheusRemoteService prometheusRemoteService(
      OkHttpClientProvider clients,
      @Value("${sentinel.prometheus.accounts[0].endpoint.baseUrl}") String baseUrl) {
    return new Retrofit.Builder()
        .baseUrl(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/")
        .client(clients.getClient("prometheus"))
        .addConverterFactory(JacksonConverterFactory.create())
        .build()
        .create(PrometheusRemoteService.class);
  }
}
