// Copyright 2018 The Kubeflow Authors
import { Core_v1Api, KubeConfig, V1Pod } from '@kubernetes/client-node';
import * as fs from 'fs';

// If this is running inside a k8s Pod, its namespace should be written at this path.
const namespaceFilePath = '/var/run/secrets/kubernetes.io/serviceaccount/namespace';
export const serverNamespace = fs.existsSync(namespaceFilePath) ? fs.readFileSync(namespaceFilePath, 'utf-8') : undefined;

const kc = new KubeConfig();
kc.loadFromDefault();
const k8sV1Client = kc.makeApiClient(Core_v1Api);

export async function getPodLogs(podName: string, podNamespace: string, containerName = 'main'): Promise<string> {
  const { body } = await k8sV1Client.readNamespacedPodLog(podName, podNamespace, containerName);
  if (!body) {
    throw new Error(`No logs for pod ${podName}`);
  }
  return body;
}

export async function getPod(podName: string, podNamespace: string): Promise<[V1Pod, undefined] | [undefined, string]> {
  try {
    const { body } = await k8sV1Client.readNamespacedPod(podName, podNamespace);
    return [body, undefined];
  } catch (error) {
    return [undefined, 'Could not get pod ' + podName + ' in namespace ' + podNamespace];
  }
}
