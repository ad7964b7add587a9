// Copyright 2019 The Kubeflow Authors
import fetch from 'node-fetch';

/** IAWSMetadataCredentials describes the credentials provided by aws metadata store. */
export interface IAWSMetadataCredentials {
  Code: string;
  LastUpdated: string;
  Type: string;
  AccessKeyId: string;
  SecretAccessKey: string;
  Token: string;
  Expiration: string;
}

/** url for aws metadata store. Only reachable when running on EC2. */
const metadataUrl = 'http://169.254.169.254/latest/meta-data/';

class AWSInstanceProfileCredentials {
  _iamRole?: string;
  _credentials?: IAWSMetadataCredentials;
  _expiration: number = 0;

  async ok() {
    try {
      const iamRole = await this._fetchIAMRole();
      return !!iamRole;
    } catch (err) {
      return false;
    }
  }

  async _fetchIAMRole() {
    const resp = await fetch(`${metadataUrl}iam/security-credentials/`);
    if (!resp.ok) return undefined;
    this._iamRole = (await resp.text()).split('\n')[0];
    return this._iamRole;
  }

  async getCredentials(): Promise<IAWSMetadataCredentials | undefined> {
    if (!this._iamRole) await this._fetchIAMRole();
    const resp = await fetch(`${metadataUrl}iam/security-credentials/${this._iamRole}`);
    this._credentials = await resp.json();
    return this._credentials;
  }
}

export const awsInstanceProfileCredentials = new AWSInstanceProfileCredentials();
