package io.legendsarena.fight.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.legendsarena.fight.Fight;
import io.legendsarena.fight.FightImage;
import io.legendsarena.fight.FightLocation;
import io.legendsarena.fight.FightRequest;
import io.legendsarena.fight.FightToNarrate;
import io.legendsarena.fight.Fighters;
import io.legendsarena.fight.client.Hero;
import io.legendsarena.fight.client.HeroClient;
import io.legendsarena.fight.client.LocationClient;
import io.legendsarena.fight.client.NarrationClient;
import io.legendsarena.fight.client.Villain;
import io.legendsarena.fight.client.VillainClient;
import io.legendsarena.fight.config.FightConfig;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;

@ApplicationScoped
public class FightService {
  private final Logger logger;
  private final HeroClient heroClient;
  private final VillainClient villainClient;
  private final NarrationClient narrationClient;
  private final LocationClient locationClient;
  private final MutinyEmitter<io.legendsarena.fight.schema.Fight> emitter;
  private final FightConfig fightConfig;
  private final Random random = new Random();

  public FightService(Logger logger, HeroClient heroClient, VillainClient villainClient,
                      @RestClient NarrationClient narrationClient, LocationClient locationClient,
                      @Channel("fights") MutinyEmitter<io.legendsarena.fight.schema.Fight> emitter,
                      FightConfig fightConfig) {
    this.logger = logger;
    this.heroClient = heroClient;
    this.villainClient = villainClient;
    this.narrationClient = narrationClient;
    this.locationClient = locationClient;
    this.emitter = emitter;
    this.fightConfig = fightConfig;
  }

  public Uni<java.util.List<Fight>> findAllFights() {
    return Fight.listAll();
  }

  public Uni<Fight> findFightById(String id) {
    return Fight.findById(new org.bson.types.ObjectId(id));
  }

  public Uni<Fighters> findRandomFighters() {
    var hero = findRandomHero()
      .onItem().ifNull().continueWith(this::createFallbackHero);

    var villain = findRandomVillain()
      .onItem().ifNull().continueWith(this::createFallbackVillain);

    return Uni.combine().all()
      .unis(hero, villain)
      .asTuple()
      .map(tuple -> new Fighters(tuple.getItem1(), tuple.getItem2()));
  }

  @Timeout(value = 5, unit = java.time.temporal.ChronoUnit.SECONDS)
  @Fallback(fallbackMethod = "fallbackRandomHero")
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 2, delayUnit = java.time.temporal.ChronoUnit.SECONDS)
  Uni<Hero> findRandomHero() {
    return this.heroClient.findRandomHero()
      .invoke(hero -> this.logger.debugf("Got random hero: %s", hero));
  }

  @Timeout(value = 5, unit = java.time.temporal.ChronoUnit.SECONDS)
  @Fallback(fallbackMethod = "fallbackRandomVillain")
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 2, delayUnit = java.time.temporal.ChronoUnit.SECONDS)
  Uni<Villain> findRandomVillain() {
    return this.villainClient.findRandomVillain()
      .invoke(villain -> this.logger.debugf("Got random villain: %s", villain));
  }

  @Timeout(value = 5, unit = java.time.temporal.ChronoUnit.SECONDS)
  @Fallback(fallbackMethod = "fallbackRandomLocation")
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 2, delayUnit = java.time.temporal.ChronoUnit.SECONDS)
  public Uni<FightLocation> findRandomLocation() {
    return this.locationClient.findRandomLocation()
      .onItem().ifNull().continueWith(this::createFallbackLocation);
  }

  @Timeout(value = 30, unit = java.time.temporal.ChronoUnit.SECONDS)
  @Fallback(fallbackMethod = "fallbackNarrateFight")
  public Uni<String> narrateFight(FightToNarrate fight) {
    return this.narrationClient.narrate(fight);
  }

  @Timeout(value = 30, unit = java.time.temporal.ChronoUnit.SECONDS)
  @Fallback(fallbackMethod = "fallbackGenerateImageFromNarration")
  public Uni<FightImage> generateImageFromNarration(String narration) {
    return this.narrationClient.generateImageFromNarration(narration);
  }

  public Uni<String> helloHeroes() {
    return this.heroClient.helloHeroes();
  }

  public Uni<String> helloVillains() {
    return this.villainClient.helloVillains();
  }

  public Uni<String> helloLocations() {
    return this.locationClient.helloLocations();
  }

  // The statistics service used to be notified over HTTP before fights were published to Kafka:
  // Uni<Void> notifyStatistics(Fight fight) {
  //   return this.statsClient.post("http://event-statistics:8085/api/stats/fights", fight);
  // }

  public Uni<Fight> performFight(@NotNull @Valid FightRequest fightRequest) {
    return determineWinner(fightRequest)
      .chain(this::persistFight);
  }

  Uni<Fight> determineWinner(FightRequest fightRequest) {
    return Uni.createFrom().item(() -> {
      var heroAdjust = this.random.nextInt(20);
      var villainAdjust = this.random.nextInt(20);
      var heroWins = (fightRequest.hero().level() + heroAdjust) > (fightRequest.villain().level() + villainAdjust);
      return heroWins ? heroWonFight(fightRequest) : villainWonFight(fightRequest);
    });
  }

  Uni<Fight> persistFight(Fight fight) {
    return Fight.persist(fight)
      .replaceWith(fight)
      .map(FightService::toSchema)
      .invoke(f -> this.logger.infof("Sending fight %s to Kafka", f.getId()))
      .call(this.emitter::send)
      .replaceWith(fight);
  }

  Fight heroWonFight(FightRequest fightRequest) {
    var fight = baseFight(fightRequest);
    fight.winnerName = fightRequest.hero().name();
    fight.winnerPicture = fightRequest.hero().picture();
    fight.winnerLevel = fightRequest.hero().level();
    fight.winnerPowers = fightRequest.hero().powers();
    fight.loserName = fightRequest.villain().name();
    fight.loserPicture = fightRequest.villain().picture();
    fight.loserLevel = fightRequest.villain().level();
    fight.loserPowers = fightRequest.villain().powers();
    fight.winnerTeam = this.fightConfig.hero().teamName();
    fight.loserTeam = this.fightConfig.villain().teamName();
    return fight;
  }

  Fight villainWonFight(FightRequest fightRequest) {
    var fight = baseFight(fightRequest);
    fight.winnerName = fightRequest.villain().name();
    fight.winnerPicture = fightRequest.villain().picture();
    fight.winnerLevel = fightRequest.villain().level();
    fight.winnerPowers = fightRequest.villain().powers();
    fight.loserName = fightRequest.hero().name();
    fight.loserPicture = fightRequest.hero().picture();
    fight.loserLevel = fightRequest.hero().level();
    fight.loserPowers = fightRequest.hero().powers();
    fight.winnerTeam = this.fightConfig.villain().teamName();
    fight.loserTeam = this.fightConfig.hero().teamName();
    return fight;
  }

  private Fight baseFight(FightRequest fightRequest) {
    var fight = new Fight();
    fight.fightDate = Instant.now();
    fight.location = fightRequest.location();
    return fight;
  }

  Uni<Hero> fallbackRandomHero() {
    return Uni.createFrom().item(this::createFallbackHero);
  }

  Uni<Villain> fallbackRandomVillain() {
    return Uni.createFrom().item(this::createFallbackVillain);
  }

  Uni<FightLocation> fallbackRandomLocation() {
    return Uni.createFrom().item(this::createFallbackLocation);
  }

  Uni<String> fallbackNarrateFight(FightToNarrate fight) {
    return Uni.createFrom().item("High above a bustling city, a symbol of hope and justice soared through the sky.");
  }

  Uni<FightImage> fallbackGenerateImageFromNarration(String narration) {
    return Uni.createFrom().item(new FightImage("https://raw.githubusercontent.com/legends-arena/images/main/fallback.jpg", narration));
  }

  Hero createFallbackHero() {
    var fb = this.fightConfig.hero().fallback();
    return new Hero(fb.name(), fb.level(), fb.picture(), fb.powers());
  }

  Villain createFallbackVillain() {
    var fb = this.fightConfig.villain().fallback();
    return new Villain(fb.name(), fb.level(), fb.picture(), fb.powers());
  }

  FightLocation createFallbackLocation() {
    var fb = this.fightConfig.location().fallback();
    return new FightLocation(fb.name(), fb.description(), fb.picture());
  }

  static io.legendsarena.fight.schema.Fight toSchema(Fight fight) {
    return io.legendsarena.fight.schema.Fight.newBuilder()
      .setId(fight.id.toString())
      .setFightDate(fight.fightDate)
      .setWinnerName(fight.winnerName)
      .setWinnerLevel(fight.winnerLevel)
      .setWinnerPicture(fight.winnerPicture)
      .setLoserName(fight.loserName)
      .setLoserLevel(fight.loserLevel)
      .setLoserPicture(fight.loserPicture)
      .setWinnerTeam(fight.winnerTeam)
      .setLoserTeam(fight.loserTeam)
      .setLocation(io.legendsarena.fight.schema.FightLocation.newBuilder()
        .setName(fight.location.name())
        .setPicture(fight.location.picture())
        .build())
      .build();
  }
}
