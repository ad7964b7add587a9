package io.hearthmart.inventory;

import io.hearthmart.inventory.application.InventoryService;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryServiceTest {

  @Test
  void pickingReducesStock() {
    InventoryService service = new InventoryService();
    String pickId = service.pickItems(Map.of("candle-amber-01", 3), "CustomerOrder", "hm-1");
    assertThat(pickId).startsWith("pick-");
    assertThat(service.available("candle-amber-01")).isEqualTo(497);
  }
}
