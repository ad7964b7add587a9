package io.legendsarena.fight;

import java.time.Instant;

import io.quarkus.mongodb.panache.common.MongoEntity;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoEntity;

/**
 * Entity class representing a Fight, stored in the {@code Fights} MongoDB collection.
 */
@MongoEntity(collection = "Fights")
public class Fight extends ReactivePanacheMongoEntity {
  public Instant fightDate;
  public String winnerName;
  public int winnerLevel;
  public String winnerPowers;
  public String winnerPicture;
  public String loserName;
  public int loserLevel;
  public String loserPowers;
  public String loserPicture;
  public String winnerTeam;
  public String loserTeam;
  public FightLocation location;
}
