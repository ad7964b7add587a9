package io.tidemark.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.tidemark.invoice.config.InvoiceProperties;
import io.tidemark.invoice.domain.Invoice;
import io.tidemark.invoice.domain.InvoiceRepository;
import io.tidemark.invoice.service.InvoiceService;

class InvoiceServiceTest {

    private final InvoiceRepository repository = mock(InvoiceRepository.class);
    private final InvoiceService service = new InvoiceService(repository,
            new InvoiceProperties(new BigDecimal("0.19"), "EUR", new InvoiceProperties.Mail(false, "x@y")),
            mock(ApplicationEventPublisher.class));

    @Test
    void computesVat() throws Exception {
        when(repository.save(any())).thenAnswer(inv -> inv.getArgument(0));
        var order = new ObjectMapper().readTree("{\"id\":7,\"customerId\":\"c-1\",\"totalValue\":\"100.00\"}");

        Invoice invoice = service.issueFor(UUID.randomUUID(), order).orElseThrow();

        assertThat(invoice.getVatAmount()).isEqualByComparingTo("19.00");
    }

    @Test
    void skipsDuplicates() throws Exception {
        UUID id = UUID.randomUUID();
        when(repository.existsBySourceEventId(id)).thenReturn(true);

        assertThat(service.issueFor(id, new ObjectMapper().createObjectNode())).isEmpty();
        verify(repository, never()).save(any());
    }
}
