package io.legendsarena.narration.service;

import jakarta.enterprise.context.ApplicationScoped;

import dev.langchain4j.data.image.Image;
import dev.langchain4j.model.image.ImageModel;
import io.legendsarena.narration.Fight.FightImage;

@ApplicationScoped
public class ImageGenerationService {
  private static final String PROMPT_TEMPLATE = "Generate a comic-book style picture of the following fight: %s";

  private final ImageModel imageModel;

  public ImageGenerationService(ImageModel imageModel) {
    this.imageModel = imageModel;
  }

  public FightImage generateImageForNarration(String narration) {
    Image image = this.imageModel.generate(PROMPT_TEMPLATE.formatted(narration)).content();
    return new FightImage(image.url().toString(), image.revisedPrompt());
  }
}
