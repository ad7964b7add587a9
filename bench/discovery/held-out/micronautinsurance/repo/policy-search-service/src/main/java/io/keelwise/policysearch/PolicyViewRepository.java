package io.keelwise.policysearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

@Singleton
public class PolicyViewRepository {

    private final ElasticsearchClient client;
    private final String index;

    public PolicyViewRepository(ElasticsearchClient client, @Value("${elasticsearch.indexes.policies}") String index) {
        this.client = client;
        this.index = index;
    }

    public void save(PolicyView view) {
        try {
            client.index(i -> i.index(index).id(view.policyNumber()).document(view));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void markTerminated(String policyNumber) {
        try {
            client.update(u -> u.index(index).id(policyNumber)
                    .doc(java.util.Map.of("terminated", true)), PolicyView.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<PolicyView> findByQuery(String queryText) {
        try {
            return client.search(s -> s.index(index).size(50)
                            .query(q -> q.multiMatch(m -> m.query(queryText)
                                    .type(TextQueryType.PhrasePrefix)
                                    .fields("policyNumber", "policyHolder", "vesselName"))),
                    PolicyView.class)
                    .hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
