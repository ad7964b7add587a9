package io.sailyard.echo.notification;

import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;
import retrofit2.http.Body;
import retrofit2.http.Header;
import retrofit2.http.POST;

/** Sends pipeline notifications to Slack channels via chat.postMessage. */
@Component
@ConditionalOnProperty("slack.enabled")
public class SlackNotificationService {

  private final SlackClient slack;
  private final String token;
  private final String botName;

  public SlackNotificationService(
      @Value("${slack.baseUrl:https://slack.com}") String baseUrl,
      @Value("${slack.token}") String token,
      @Value("${slack.botName:sailyard}") String botName) {
    this.token = token;
    this.botName = botName;
    this.slack =
        new Retrofit.Builder()
            .baseUrl(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/")
            .client(new OkHttpClient.Builder()
                .addInterceptor(new HttpLoggingInterceptor().setLevel(HttpLoggingInterceptor.Level.BASIC))
                .build())
            .addConverterFactory(JacksonConverterFactory.create())
            .build()
            .create(SlackClient.class);
  }

  public void send(String channel, String text) throws java.io.IOException {
    slack.postMessage("Bearer " + token,
        Map.of("channel", channel.startsWith("#") ? channel : "#" + channel,
               "text", text,
               "username", botName))
        .execute();
  }

  interface SlackClient {
    @POST("api/chat.postMessage")
    Call<Map<String, Object>> postMessage(@Header("Authorization") String auth, @Body Map<String, Object> message);
  }
}
