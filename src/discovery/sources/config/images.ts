/**
 * What a container image says about its component lives in the core (core/discovery/images.ts):
 * resolution needs it too, for an image Compose names through a variable of its `.env` file.
 */
export * from '../../../core/discovery/images.js';
