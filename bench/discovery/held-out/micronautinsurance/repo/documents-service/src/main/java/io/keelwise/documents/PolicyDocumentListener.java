package io.keelwise.documents;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;

@KafkaListener(groupId = "documents-service", offsetReset = OffsetReset.EARLIEST)
public class PolicyDocumentListener {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyDocumentListener.class);

    private final JsReportClient jsReport;
    private final DocumentStore store;
    private final String templateName;

    public PolicyDocumentListener(JsReportClient jsReport, DocumentStore store,
                                  @Value("${jsreport.template}") String templateName) {
        this.jsReport = jsReport;
        this.store = store;
        this.templateName = templateName;
    }

    @Topic("keelwise.policy-registered")
    public void onPolicyRegistered(PolicyRegisteredEvent event) {
        byte[] pdf = jsReport.render(new JsReportClient.RenderRequest(
                new JsReportClient.Template(templateName),
                Map.of("policyNumber", event.policyNumber(),
                        "vessel", event.vesselName(),
                        "holder", event.policyHolderName(),
                        "from", event.coverFrom().toString(),
                        "to", event.coverTo().toString(),
                        "premium", event.totalPremium())));
        String key = store.store(event.policyNumber(), "certificate", pdf);
        LOG.info("Stored policy certificate {}", key);
    }

    /** Consumer-side copy of policy-service's PolicyRegistered contract. */
    @Serdeable
    public record PolicyRegisteredEvent(String policyNumber, String productCode, String vesselName,
                                        String policyHolderName, String policyHolderEmail, String agentLogin,
                                        LocalDate coverFrom, LocalDate coverTo, BigDecimal totalPremium) {
    }
}
