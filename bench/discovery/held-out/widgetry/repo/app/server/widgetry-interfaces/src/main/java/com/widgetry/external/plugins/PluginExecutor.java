package com.widgetry.external.plugins;

import com.widgetry.external.models.ActionConfiguration;
import com.widgetry.external.models.ActionExecutionResult;
import com.widgetry.external.models.DatasourceConfiguration;
import org.pf4j.ExtensionPoint;
import reactor.core.publisher.Mono;

import java.util.Set;

/**
 * Contract every datasource plugin implements. The connection details come from the
 * DatasourceConfiguration a user saves in the editor; nothing here is known at build time.
 */
public interface PluginExecutor<C> extends ExtensionPoint {

    Mono<C> datasourceCreate(DatasourceConfiguration datasourceConfiguration);

    void datasourceDestroy(C connection);

    Set<String> validateDatasource(DatasourceConfiguration datasourceConfiguration);

    Mono<ActionExecutionResult> execute(
            C connection, DatasourceConfiguration datasourceConfiguration, ActionConfiguration actionConfiguration);

    default Mono<Boolean> testDatasource(DatasourceConfiguration datasourceConfiguration) {
        return datasourceCreate(datasourceConfiguration)
                .map(conn -> {
                    datasourceDestroy(conn);
                    return true;
                })
                .onErrorReturn(false);
    }
}
