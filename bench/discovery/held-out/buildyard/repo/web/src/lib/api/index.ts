import ApiClient from './client';
import type { Agent, Pipeline, Repo } from './types';

export default class WoodpeckerClient extends ApiClient {
  getUserRepos(): Promise<Repo[]> {
    return this._get('/api/user/repos') as Promise<Repo[]>;
  }

  getPipelineList(repoId: number): Promise<Pipeline[]> {
    return this._get(`/api/repos/${repoId}/pipelines`) as Promise<Pipeline[]>;
  }

  getPipelineFeed(): Promise<Pipeline[]> {
    return this._get('/api/pipelines') as Promise<Pipeline[]>;
  }

  getAgents(): Promise<Agent[]> {
    return this._get('/api/agents') as Promise<Agent[]>;
  }
}
