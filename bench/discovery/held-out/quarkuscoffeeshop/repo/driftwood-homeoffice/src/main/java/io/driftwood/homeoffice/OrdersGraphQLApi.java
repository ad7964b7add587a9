package io.driftwood.homeoffice;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

@GraphQLApi
public class OrdersGraphQLApi {

    @Query("orders")
    @Description("Orders seen by the home office, optionally for one store")
    public List<OrderRecord> orders(@Name("storeId") String storeId) {
        return storeId == null ? OrderRecord.listAll() : OrderRecord.forStore(storeId);
    }

    @Query("storeSummaries")
    public List<ReportsResource.StoreSummary> storeSummaries() {
        return new ReportsResource().stores();
    }
}
