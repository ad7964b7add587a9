package com.stardust.ad;

import com.google.common.collect.ImmutableListMultimap;
import stardust.Demo.Ad;

/** Static ad inventory. Redirect URLs are relative product pages on the shop itself. */
final class AdCatalog {

  private static final ImmutableListMultimap<String, Ad> ADS = build();

  private AdCatalog() {}

  static ImmutableListMultimap<String, Ad> byCategory() {
    return ADS;
  }

  private static ImmutableListMultimap<String, Ad> build() {
    Ad binoculars = Ad.newBuilder()
        .setRedirectUrl("/product/2ZYFJ3GM2N")
        .setText("Roof Binoculars for sale. 50% off.")
        .build();
    Ad explorerTelescope = Ad.newBuilder()
        .setRedirectUrl("/product/66VCHSJNUP")
        .setText("Starsense Explorer Refractor Telescope for sale. 20% off.")
        .build();
    Ad colorImager = Ad.newBuilder()
        .setRedirectUrl("/product/0PUK6V6EV0")
        .setText("Solar System Color Imager for sale. 30% off.")
        .build();
    Ad opticalTube = Ad.newBuilder()
        .setRedirectUrl("/product/9SIQT8TOJO")
        .setText("Optical Tube Assembly for sale. 10% off.")
        .build();
    Ad travelTelescope = Ad.newBuilder()
        .setRedirectUrl("/product/1YMWWN1N4O")
        .setText("Eclipsmart Travel Refractor Telescope for sale. Buy one, get second kit for free")
        .build();
    Ad starChart = Ad.newBuilder()
        .setRedirectUrl("/product/LS4PSXUNUM")
        .setText("Red Flashlight + Star Chart for sale. Free shipping.")
        .build();
    return ImmutableListMultimap.<String, Ad>builder()
        .putAll("binoculars", binoculars)
        .putAll("telescopes", explorerTelescope)
        .putAll("accessories", colorImager, starChart)
        .putAll("assembly", opticalTube)
        .putAll("travel", travelTelescope)
        .putAll("books", starChart)
        .build();
  }
}
