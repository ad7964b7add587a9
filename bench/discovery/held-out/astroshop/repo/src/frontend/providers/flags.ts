// Server-side feature flags. The flagd provider reads FLAGD_HOST / FLAGD_PORT from the
// environment by itself, so nothing is passed here.
import { OpenFeature } from '@openfeature/server-sdk';
import { FlagdProvider } from '@openfeature/flagd-provider';

let initialised = false;

export function getFlagClient() {
  if (!initialised) {
    OpenFeature.setProvider(new FlagdProvider());
    initialised = true;
  }
  return OpenFeature.getClient('frontend');
}
