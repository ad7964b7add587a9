package com.fernwick.camelhub.fulfillment.routes;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Writes every fulfilment decision to the camelhub integration database and
 * periodically reports the backlog.
 */
@Component
public class AuditRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:audit").routeId("order-audit")
            .setHeader("decision", header("FernwickFulfilmentDecision"))
            .to("sql:insert into order_audit (order_id, decision, reservation_id, invoice_number, created_at) "
                    + "values (:#orderId, :#decision, :#reservationId, :#invoiceNumber, now())");

        from("timer:audit-backlog?period={{camelhub.audit.report-period}}").routeId("audit-backlog-report")
            .to("sql:select decision, count(*) as total from order_audit "
                    + "where created_at > now() - interval '1 hour' group by decision")
            .log("Fulfilment decisions in the last hour: ${body}");
    }
}
