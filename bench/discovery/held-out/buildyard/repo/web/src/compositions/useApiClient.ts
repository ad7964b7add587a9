import WoodpeckerClient from '~/lib/api';

let apiClient: WoodpeckerClient | undefined;

export default (): WoodpeckerClient => {
  if (!apiClient) {
    const server = (window as any).WOODPECKER_ROOT_PATH ?? '';
    const csrf = (window as any).WOODPECKER_CSRF ?? null;
    apiClient = new WoodpeckerClient(server, null, csrf);
  }
  return apiClient;
};
