package com.larkspur.purchasehistory.web;

import com.larkspur.purchasehistory.backend.PatronView;
import com.larkspur.purchasehistory.backend.PatronViewRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PurchaseHistoryController {

  private final PatronViewRepository patronViewRepository;

  public PurchaseHistoryController(PatronViewRepository patronViewRepository) {
    this.patronViewRepository = patronViewRepository;
  }

  @GetMapping("/patrons/{patronId}/purchasehistory")
  public ResponseEntity<PatronView> getPurchaseHistory(@PathVariable Long patronId) {
    return patronViewRepository.findById(patronId)
            .map(ResponseEntity::ok)
            .orElseGet(() -> ResponseEntity.notFound().build());
  }
}
