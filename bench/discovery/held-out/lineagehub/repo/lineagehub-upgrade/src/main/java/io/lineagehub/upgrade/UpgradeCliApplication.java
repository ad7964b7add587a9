package io.lineagehub.upgrade;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.ComponentScan;

@SpringBootApplication(exclude = {ElasticsearchRestClientAutoConfiguration.class})
@ComponentScan(basePackages = {
    "io.lineagehub.upgrade",
    "io.lineagehub.gms.factory.entity",
    "io.lineagehub.gms.factory.search",
    "io.lineagehub.gms.factory.kafka",
    "io.lineagehub.gms.factory.graph"
})
public class UpgradeCliApplication {
  public static void main(String[] args) {
    new SpringApplicationBuilder(UpgradeCliApplication.class, UpgradeCli.class)
        .web(WebApplicationType.NONE)
        .run(args);
  }
}
