package io.legendsarena.narration.service;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.legendsarena.narration.Fight;
import io.quarkiverse.langchain4j.RegisterAiService;
import io.smallrye.faulttolerance.api.RateLimit;

@RegisterAiService
@ApplicationScoped
public interface NarrationService {
  @SystemMessage("You are a marvel comics writer, expert in all sorts of super heroes and super villains.")
  @UserMessage("""
    Narrate the fight between a super hero and a super villain.

    During the narration, don't repeat "super hero" or "super villain".

    Write 4 paragraphs maximum. Be creative.

    The narration must be:
    - G rated
    - Workplace/family safe
    - No sexism, racism, or other bias/bigotry

    Here is the data you will use for the winner:

    +++++
    Name: {fight.winnerName}
    Powers: {fight.winnerPowers}
    Level: {fight.winnerLevel}
    +++++

    Here is the data you will use for the loser:

    +++++
    Name: {fight.loserName}
    Powers: {fight.loserPowers}
    Level: {fight.loserLevel}
    +++++

    Here is the data you will use for the fight:

    +++++
    {fight.winnerName} who is a {fight.winnerTeam} has won the fight against {fight.loserName} who is a {fight.loserTeam}.

    The fight took place in {fight.location.name}, which can be described as {fight.location.description}.
    +++++
    """)
  @Timeout(value = 1, unit = ChronoUnit.MINUTES)
  @RateLimit(value = 5, window = 1, windowUnit = ChronoUnit.MINUTES)
  @Fallback(fallbackMethod = "narrateFallback")
  String narrate(Fight fight);

  default String narrateFallback(Fight fight) {
    return "High above a bustling city, a symbol of hope and justice soared through the sky, while chaos reigned below, with malevolent laughter echoing through the streets.";
  }
}
