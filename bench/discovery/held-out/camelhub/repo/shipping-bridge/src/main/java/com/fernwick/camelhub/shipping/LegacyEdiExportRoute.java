package com.fernwick.camelhub.shipping;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.camel.builder.RouteBuilder;

/**
 * DEPRECATED: X12 856 export to the old Harbourline 3PL EDI FTP drop.
 * Harbourline was off-boarded in Q3; the route is kept (not started) until the
 * contract formally ends so ops can replay a day by starting it from Hawtio.
 */
@ApplicationScoped
public class LegacyEdiExportRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:legacy-edi-export?period=86400000&delay=60000")
            .routeId("legacy-edi-export")
            .autoStartup(false)
            .setBody(simple("ISA*00*...*${date:now:yyMMdd}~"))
            .setHeader("CamelFileName", simple("FERNWICK_856_${date:now:yyyyMMdd}.edi"))
            .to("ftp://edi-fernwick@legacy-edi.harbourline.example.net:21/inbound?password=RAW({{legacy.edi.password:changeme}})&passiveMode=true")
            .to("log:legacy-edi");
    }
}
