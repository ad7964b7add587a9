package io.syncbay.workload.launcher.pods;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Creates replication / check / discover pods through the Kubernetes API (in-cluster or KUBECONFIG). */
@Singleton
public class KubePodLauncher {
  private final KubernetesClient kube = new KubernetesClientBuilder().build();
  private final String namespace;
  private final String serviceAccount;

  public KubePodLauncher(@Value("${syncbay.worker.job.kube.namespace}") final String namespace,
                         @Value("${syncbay.worker.job.kube.serviceAccount}") final String serviceAccount) {
    this.namespace = namespace;
    this.serviceAccount = serviceAccount;
  }

  public Pod launch(final String workloadId, final String image, final Map<String, String> labels) {
    final Pod pod = new PodBuilder()
        .withNewMetadata().withName("replication-" + workloadId.replace('_', '-').toLowerCase())
        .withNamespace(namespace).withLabels(labels).endMetadata()
        .withNewSpec().withServiceAccountName(serviceAccount).withRestartPolicy("Never")
        .addNewContainer().withName("main").withImage(image).endContainer()
        .endSpec().build();
    final Pod created = kube.pods().inNamespace(namespace).resource(pod).create();
    kube.pods().inNamespace(namespace).withName(created.getMetadata().getName())
        .waitUntilCondition(p -> p.getStatus() != null && "Running".equals(p.getStatus().getPhase()), 15, TimeUnit.MINUTES);
    return created;
  }

  public void delete(final String workloadId) {
    kube.pods().inNamespace(namespace).withLabel("workload_id", workloadId).delete();
  }
}
