package io.platewise.eats.orderhistory.dynamodb;

import com.amazonaws.client.builder.AwsClientBuilder;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClientBuilder;
import com.amazonaws.services.dynamodbv2.document.DynamoDB;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class OrderHistoryDynamoDBConfiguration {

  @Value("${aws.dynamodb.endpoint.url:#{null}}")
  private String awsDynamodbEndpointUrl;

  @Value("${aws.region}")
  private String awsRegion;

  @Bean
  public AmazonDynamoDB amazonDynamoDB() {
    if (awsDynamodbEndpointUrl != null) {
      // local development / docker-compose: DynamoDB Local
      return AmazonDynamoDBClientBuilder.standard()
              .withEndpointConfiguration(new AwsClientBuilder.EndpointConfiguration(awsDynamodbEndpointUrl, awsRegion))
              .build();
    }
    // in AWS: default credentials provider chain and region
    return AmazonDynamoDBClientBuilder.standard().withRegion(awsRegion).build();
  }

  @Bean
  public DynamoDB dynamoDB(AmazonDynamoDB client) {
    return new DynamoDB(client);
  }

  @Bean
  public OrderHistoryDaoDynamoDb orderHistoryDao(DynamoDB dynamoDB, @Value("${order-history.table-name}") String tableName) {
    return new OrderHistoryDaoDynamoDb(dynamoDB, tableName);
  }
}
