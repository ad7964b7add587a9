package io.legendsarena.statistics.endpoint;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import org.eclipse.microprofile.reactive.messaging.Channel;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.legendsarena.statistics.domain.TeamStats.TeamScore;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;

/**
 * Pushes team statistics to every connected browser.
 */
@ServerEndpoint("/stats/team")
@ApplicationScoped
public class TeamStatsWebSocket {
  private final ObjectMapper mapper;
  private final Multi<TeamScore> teamStats;
  private final List<Session> sessions = new CopyOnWriteArrayList<>();
  private Cancellable cancellable;

  public TeamStatsWebSocket(ObjectMapper mapper, @Channel("team-stats") Multi<TeamScore> teamStats) {
    this.mapper = mapper;
    this.teamStats = teamStats;
  }

  @OnOpen
  public void onOpen(Session session) {
    this.sessions.add(session);
  }

  @OnClose
  public void onClose(Session session) {
    this.sessions.remove(session);
  }

  @PostConstruct
  public void subscribe() {
    this.cancellable = this.teamStats
      .map(ts -> this.mapper.valueToTree(ts).toString())
      .subscribe().with(serialized -> this.sessions.forEach(s -> s.getAsyncRemote().sendText(serialized)));
  }

  @PreDestroy
  public void cleanup() {
    this.cancellable.cancel();
  }
}
