package io.launchpad.oven.providers.aws;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.PumpStreamHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Bakes AMIs by running Packer's amazon-ebs builder (oven/packer/aws-ebs.json). Packer launches
 * a builder instance in the configured VPC, provisions the package and snapshots an AMI through
 * the EC2 API in the target region.
 */
@Component
@ConditionalOnProperty("aws.enabled")
public class AwsBakeHandler {
  private static final Pattern AMI_PATTERN = Pattern.compile("([a-z]{2}-[a-z]+-\\d): (ami-[a-f0-9]+)");

  private final String packerBinary;
  private final String configDir;
  private final String subnetId;
  private final String vpcId;
  private final String accessKey;
  private final String secretKey;

  public AwsBakeHandler(
      @Value("${packer.binary:packer}") String packerBinary,
      @Value("${oven.configDir}") String configDir,
      @Value("${aws.bakeryDefaults.awsSubnetId}") String subnetId,
      @Value("${aws.bakeryDefaults.awsVpcId}") String vpcId,
      @Value("${aws.bakeryDefaults.awsAccessKey:}") String accessKey,
      @Value("${aws.bakeryDefaults.awsSecretKey:}") String secretKey) {
    this.packerBinary = packerBinary;
    this.configDir = configDir;
    this.subnetId = subnetId;
    this.vpcId = vpcId;
    this.accessKey = accessKey;
    this.secretKey = secretKey;
  }

  public Map<String, String> buildParameterMap(String region, String sourceAmi, String instanceType,
                                               String sshUser, String packageName, String amiName) {
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("aws_region", region);
    vars.put("aws_ssh_username", sshUser);
    vars.put("aws_instance_type", instanceType);
    vars.put("aws_source_ami", sourceAmi);
    vars.put("aws_target_ami", amiName);
    vars.put("aws_subnet_id", subnetId);
    vars.put("aws_vpc_id", vpcId);
    vars.put("packages", packageName);
    if (!accessKey.isEmpty()) {
      vars.put("aws_access_key", accessKey);
      vars.put("aws_secret_key", secretKey);
    }
    return vars;
  }

  public String bake(Map<String, String> vars, String templateFile) throws Exception {
    List<String> args = new ArrayList<>(List.of("build", "-color=false", "-machine-readable"));
    vars.forEach((k, v) -> args.add("-var=" + k + "=" + v));
    args.add(configDir + "/" + templateFile);

    CommandLine command = new CommandLine(packerBinary);
    args.forEach(a -> command.addArgument(a, false));
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    DefaultExecutor executor = DefaultExecutor.builder().get();
    executor.setStreamHandler(new PumpStreamHandler(output));
    executor.execute(command);
    return output.toString();
  }

  public String scrapeAmiId(String logs) {
    Matcher m = AMI_PATTERN.matcher(logs);
    String ami = null;
    while (m.find()) {
      ami = m.group(2);
    }
    return ami;
  }
}
