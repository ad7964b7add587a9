package io.maestroflow.es7.dao.index;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PreDestroy;

import org.elasticsearch.action.index.IndexRequest;
import org.elasticsearch.action.search.SearchRequest;
import org.elasticsearch.action.search.SearchResponse;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.RestClientBuilder;
import org.elasticsearch.client.RestHighLevelClient;
import org.elasticsearch.client.indices.CreateIndexRequest;
import org.elasticsearch.client.indices.GetIndexRequest;
import org.elasticsearch.common.xcontent.XContentType;
import org.elasticsearch.index.query.QueryBuilders;
import org.elasticsearch.search.SearchHit;
import org.elasticsearch.search.builder.SearchSourceBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.maestroflow.core.model.TaskModel;
import io.maestroflow.core.model.WorkflowModel;
import io.maestroflow.dao.IndexDAO;

public class ElasticSearchRestDAOV7 implements IndexDAO {

    private final RestHighLevelClient client;
    private final ObjectMapper objectMapper;
    private final String workflowIndexName;
    private final String taskIndexName;
    private final String eventIndexName;

    public ElasticSearchRestDAOV7(RestClientBuilder builder, String indexPrefix, ObjectMapper om) {
        this.client = new RestHighLevelClient(builder);
        this.objectMapper = om;
        this.workflowIndexName = indexPrefix + "_workflow";
        this.taskIndexName = indexPrefix + "_task";
        this.eventIndexName = indexPrefix + "_event";
    }

    @Override
    public void setup() throws Exception {
        for (String index : List.of(workflowIndexName, taskIndexName, eventIndexName)) {
            if (!client.indices().exists(new GetIndexRequest(index), RequestOptions.DEFAULT)) {
                client.indices().create(new CreateIndexRequest(index), RequestOptions.DEFAULT);
            }
        }
    }

    @Override
    public void indexWorkflow(WorkflowModel workflow) {
        index(workflowIndexName, workflow.getWorkflowId(), workflow);
    }

    @Override
    public void indexTask(TaskModel task) {
        index(taskIndexName, task.getTaskId(), task);
    }

    @Override
    public List<String> searchWorkflows(String query, String freeText, int start, int count, List<String> sort) {
        try {
            SearchSourceBuilder source = new SearchSourceBuilder()
                    .query(QueryBuilders.queryStringQuery(freeText == null ? "*" : freeText))
                    .from(start).size(count);
            SearchResponse response = client.search(new SearchRequest(workflowIndexName).source(source), RequestOptions.DEFAULT);
            List<String> ids = new ArrayList<>();
            for (SearchHit hit : response.getHits()) {
                ids.add(hit.getId());
            }
            return ids;
        } catch (Exception e) {
            throw new IllegalStateException("Failed to search workflows", e);
        }
    }

    @Override
    public void addEventExecution(String eventName, String payload) {
        try {
            client.index(new IndexRequest(eventIndexName).source(payload, XContentType.JSON), RequestOptions.DEFAULT);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void index(String index, String id, Object doc) {
        try {
            client.index(new IndexRequest(index).id(id)
                    .source(objectMapper.writeValueAsBytes(doc), XContentType.JSON), RequestOptions.DEFAULT);
        } catch (Exception e) {
            throw new IllegalStateException("Failed to index " + id + " into " + index, e);
        }
    }

    @PreDestroy
    public void close() throws Exception {
        client.close();
    }
}
