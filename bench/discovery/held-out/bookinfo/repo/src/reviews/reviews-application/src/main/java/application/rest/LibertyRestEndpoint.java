package application.rest;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

@Path("/")
public class LibertyRestEndpoint {

    static final boolean RATINGS_ENABLED = Boolean.valueOf(System.getenv("ENABLE_RATINGS"));
    static final String STAR_COLOR = System.getenv("STAR_COLOR") == null ? "black" : System.getenv("STAR_COLOR");
    private static final String POD_HOSTNAME = System.getenv().getOrDefault("HOSTNAME", "reviews");
    private static final String CLUSTER_NAME = System.getenv().getOrDefault("CLUSTER_NAME", "");

    private final RatingsClient ratingsClient = new RatingsClient();

    private String getJsonResponse(String productId, int starsReviewer1, int starsReviewer2) {
        StringBuilder result = new StringBuilder();
        result.append("{");
        result.append("\"id\": \"").append(productId).append("\",");
        result.append("\"podname\": \"").append(POD_HOSTNAME).append("\",");
        result.append("\"clustername\": \"").append(CLUSTER_NAME).append("\",");
        result.append("\"reviews\": [");

        // reviewer 1:
        result.append("{");
        result.append("  \"reviewer\": \"Reviewer1\",");
        result.append("  \"text\": \"An extremely entertaining play by Shakespeare. The slapstick humour is refreshing!\"");
        if (RATINGS_ENABLED) {
            appendRating(result, starsReviewer1);
        }
        result.append("},");

        // reviewer 2:
        result.append("{");
        result.append("  \"reviewer\": \"Reviewer2\",");
        result.append("  \"text\": \"Absolutely fun and entertaining. The play lacks thematic depth when compared to other plays by Shakespeare.\"");
        if (RATINGS_ENABLED) {
            appendRating(result, starsReviewer2);
        }
        result.append("}");

        result.append("]");
        result.append("}");
        return result.toString();
    }

    private void appendRating(StringBuilder result, int stars) {
        if (stars != -1) {
            result.append(", \"rating\": {\"stars\": ").append(stars).append(", \"color\": \"").append(STAR_COLOR).append("\"}");
        } else {
            result.append(", \"rating\": {\"error\": \"Ratings service is currently unavailable\"}");
        }
    }

    @GET
    @Path("/health")
    public Response health() {
        return Response.ok().type("application/json").entity("{\"status\": \"Reviews is healthy\"}").build();
    }

    @GET
    @Path("/reviews/{productId}")
    public Response bookReviewsById(@PathParam("productId") int productId, @Context HttpHeaders requestHeaders) {
        int starsReviewer1 = -1;
        int starsReviewer2 = -1;

        if (RATINGS_ENABLED) {
            JsonObject ratingsResponse = ratingsClient.getRatings(Integer.toString(productId), requestHeaders);
            if (ratingsResponse != null && ratingsResponse.containsKey("ratings")) {
                JsonObject ratings = ratingsResponse.getJsonObject("ratings");
                if (ratings.containsKey("Reviewer1")) {
                    starsReviewer1 = ratings.getInt("Reviewer1");
                }
                if (ratings.containsKey("Reviewer2")) {
                    starsReviewer2 = ratings.getInt("Reviewer2");
                }
            }
        }

        String jsonResStr = getJsonResponse(Integer.toString(productId), starsReviewer1, starsReviewer2);
        return Response.ok().type("application/json").entity(jsonResStr).build();
    }
}
