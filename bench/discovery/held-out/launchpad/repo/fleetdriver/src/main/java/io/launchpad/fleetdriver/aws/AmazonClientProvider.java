package io.launchpad.fleetdriver.aws;

import com.amazonaws.ClientConfiguration;
import com.amazonaws.auth.AWSCredentialsProvider;
import com.amazonaws.auth.DefaultAWSCredentialsProviderChain;
import com.amazonaws.auth.STSAssumeRoleSessionCredentialsProvider;
import com.amazonaws.retry.PredefinedRetryPolicies;
import com.amazonaws.services.autoscaling.AmazonAutoScaling;
import com.amazonaws.services.autoscaling.AmazonAutoScalingClientBuilder;
import com.amazonaws.services.ec2.AmazonEC2;
import com.amazonaws.services.ec2.AmazonEC2ClientBuilder;
import com.amazonaws.services.elasticloadbalancingv2.AmazonElasticLoadBalancing;
import com.amazonaws.services.elasticloadbalancingv2.AmazonElasticLoadBalancingClientBuilder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds per-account, per-region AWS SDK clients. Credentials come from the pod's role and are
 * exchanged for the managed account's assumeRole via STS.
 */
@Component
public class AmazonClientProvider {
  private final ClientConfiguration clientConfiguration;
  private final AWSCredentialsProvider baseCredentials = DefaultAWSCredentialsProviderChain.getInstance();
  private final Map<String, AWSCredentialsProvider> accountCredentials = new ConcurrentHashMap<>();

  public AmazonClientProvider(
      @Value("${aws.client.maxErrorRetry:5}") int maxErrorRetry,
      @Value("${aws.client.useGzip:true}") boolean useGzip) {
    this.clientConfiguration = new ClientConfiguration()
        .withRetryPolicy(PredefinedRetryPolicies.getDefaultRetryPolicyWithCustomMaxRetries(maxErrorRetry))
        .withGzip(useGzip)
        .withUserAgentSuffix("launchpad-fleetdriver");
  }

  public AmazonEC2 getAmazonEC2(String accountId, String assumeRole, String region) {
    return AmazonEC2ClientBuilder.standard()
        .withCredentials(credentials(accountId, assumeRole))
        .withClientConfiguration(clientConfiguration)
        .withRegion(region)
        .build();
  }

  public AmazonAutoScaling getAutoScaling(String accountId, String assumeRole, String region) {
    return AmazonAutoScalingClientBuilder.standard()
        .withCredentials(credentials(accountId, assumeRole))
        .withClientConfiguration(clientConfiguration)
        .withRegion(region)
        .build();
  }

  public AmazonElasticLoadBalancing getLoadBalancingV2(String accountId, String assumeRole, String region) {
    return AmazonElasticLoadBalancingClientBuilder.standard()
        .withCredentials(credentials(accountId, assumeRole))
        .withClientConfiguration(clientConfiguration)
        .withRegion(region)
        .build();
  }

  private AWSCredentialsProvider credentials(String accountId, String assumeRole) {
    return accountCredentials.computeIfAbsent(accountId, id ->
        new STSAssumeRoleSessionCredentialsProvider.Builder(
                "arn:aws:iam::" + id + ":" + assumeRole, "launchpad-fleetdriver")
            .withLongLivedCredentialsProvider(baseCredentials)
            .build());
  }
}
