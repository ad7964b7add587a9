import requests from './requests';

export interface Workflow {
    metadata: {name: string; namespace: string; uid: string; creationTimestamp: string};
    status?: {phase: string; startedAt?: string; finishedAt?: string};
}

export const WorkflowsService = {
    list(namespace: string, phases: string[] = []) {
        const params = phases.map(p => `listOptions.labelSelector=workflows.flowforge.kilnworks.io/phase in (${p})`);
        return requests.get(`api/v1/workflows/${namespace}?${params.join('&')}`).then(res => res.body.items as Workflow[]);
    },
    get(namespace: string, name: string) {
        return requests.get(`api/v1/workflows/${namespace}/${name}`).then(res => res.body as Workflow);
    },
    listArchived(namespace: string) {
        return requests.get(`api/v1/archived-workflows?namespace=${namespace}`).then(res => res.body.items as Workflow[]);
    },
    delete(namespace: string, name: string) {
        return requests.delete(`api/v1/workflows/${namespace}/${name}`);
    },
    getArtifactDownloadUrl(wf: Workflow, nodeId: string, artifactName: string) {
        return `artifacts/${wf.metadata.namespace}/${wf.metadata.name}/${nodeId}/${encodeURIComponent(artifactName)}`;
    },
    watch(namespace: string) {
        return requests.loadEventSource(`api/v1/workflow-events/${namespace}`);
    }
};
