package io.keelwise.policysearch;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;

import java.util.List;

@Controller("/policies")
public class PolicySearchController {

    private final PolicyViewRepository repository;

    public PolicySearchController(PolicyViewRepository repository) {
        this.repository = repository;
    }

    // TODO(KW-214): full re-index from policy-service after an index mapping change.
    // Disabled: re-indexing is now done by replaying the Kafka topic from offset 0.
    //
    // @Client(id = "policy-service", path = "/policies")
    // interface PolicyServiceClient {
    //     @Get("/all")
    //     List<Map<String, Object>> all();
    // }
    //
    // @Post("/reindex")
    // public void reindex() {
    //     policyServiceClient.all().forEach(p -> repository.save(PolicyView.from(p)));
    // }

    @Get("{?q}")
    public List<PolicyView> search(@QueryValue(defaultValue = "") String q) {
        return repository.findByQuery(q);
    }
}
