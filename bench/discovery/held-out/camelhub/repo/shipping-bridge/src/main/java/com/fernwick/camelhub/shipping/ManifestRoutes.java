package com.fernwick.camelhub.shipping;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.camel.AggregationStrategies;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.BindyType;

/**
 * Collects booked parcels during the day and drops a CSV collection manifest on
 * ParcelNorth's partner SFTP server (outbound/ folder), which their depot polls.
 */
@ApplicationScoped
public class ManifestRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("seda:manifest-lines").routeId("manifest-collect")
            .process(e -> e.getMessage().setBody(new ManifestLine(
                    e.getMessage().getHeader("orderId", String.class),
                    e.getMessage().getHeader("trackingNumber", String.class))))
            .aggregate(constant("manifest"), AggregationStrategies.flexible(ManifestLine.class).accumulateInCollection(java.util.ArrayList.class))
                .completionTimeout("{{manifest.flush-interval}}")
                .completionSize(500)
            .marshal().bindy(BindyType.Csv, ManifestLine.class)
            .setHeader("CamelFileName", simple("fernwick-manifest-${date:now:yyyyMMdd-HHmmss}.csv"))
            .to("sftp://{{partner.sftp.host}}:{{partner.sftp.port}}/outbound"
                    + "?username={{partner.sftp.username}}"
                    + "&password={{partner.sftp.password}}"
                    + "&knownHostsFile={{partner.sftp.known-hosts}}"
                    + "&tempFileName=${file:name}.part"
                    + "&fileExist=Fail")
            .log("Manifest ${header.CamelFileName} delivered to ParcelNorth");
    }
}
