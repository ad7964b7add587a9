package io.tidemark.invoice.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    boolean existsBySourceEventId(UUID sourceEventId);

    List<Invoice> findByCustomerIdOrderByIssuedAtDesc(String customerId);

    Optional<Invoice> findFirstByOrderIdOrderByIssuedAtDesc(Long orderId);
}
