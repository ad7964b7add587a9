package io.sailyard.clouddriver.docker.registry.config;

import java.util.ArrayList;
import java.util.List;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Docker registry provider. Each account names a registry address and the repositories whose tags
 * are cached (and later polled by igor through /dockerRegistry/images/find).
 */
@Configuration
@ConditionalOnProperty("dockerRegistry.enabled")
public class DockerRegistryConfiguration {

  @Bean
  @ConfigurationProperties("docker-registry")
  public DockerRegistryProperties dockerRegistryProperties() {
    return new DockerRegistryProperties();
  }

  @Bean
  public List<DockerRegistryClient> dockerRegistryClients(DockerRegistryProperties props) {
    List<DockerRegistryClient> clients = new ArrayList<>();
    OkHttpClient http = new OkHttpClient();
    for (DockerRegistryProperties.Account a : props.getAccounts()) {
      clients.add(new DockerRegistryClient(http, a));
    }
    return clients;
  }

  public static class DockerRegistryClient {
    private final OkHttpClient http;
    private final DockerRegistryProperties.Account account;

    DockerRegistryClient(OkHttpClient http, DockerRegistryProperties.Account account) {
      this.http = http;
      this.account = account;
    }

    public String listTags(String repository) throws java.io.IOException {
      Request.Builder req = new Request.Builder().url(account.getAddress() + "/v2/" + repository + "/tags/list");
      if (account.getUsername() != null && !account.getUsername().isEmpty()) {
        req.header("Authorization", Credentials.basic(account.getUsername(), account.getPassword()));
      }
      try (Response r = http.newCall(req.build()).execute()) {
        return r.body() == null ? "" : r.body().string();
      }
    }
  }

  public static class DockerRegistryProperties {
    private boolean enabled;
    private List<Account> accounts = new ArrayList<>();

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public List<Account> getAccounts() { return accounts; }
    public void setAccounts(List<Account> accounts) { this.accounts = accounts; }

    public static class Account {
      private String name;
      private String address;
      private String username;
      private String password;
      private List<String> repositories = new ArrayList<>();
      private int cacheIntervalSeconds = 30;

      public String getName() { return name; }
      public void setName(String name) { this.name = name; }
      public String getAddress() { return address; }
      public void setAddress(String address) { this.address = address; }
      public String getUsername() { return username; }
      public void setUsername(String username) { this.username = username; }
      public String getPassword() { return password; }
      public void setPassword(String password) { this.password = password; }
      public List<String> getRepositories() { return repositories; }
      public void setRepositories(List<String> repositories) { this.repositories = repositories; }
      public int getCacheIntervalSeconds() { return cacheIntervalSeconds; }
      public void setCacheIntervalSeconds(int v) { this.cacheIntervalSeconds = v; }
    }
  }
}
