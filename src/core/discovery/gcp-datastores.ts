/**
 * Google Cloud's managed datastores and their emulators. A Firestore, Datastore, Spanner or
 * Bigtable client is given a project (and an instance), never a host: the endpoint is Google's,
 * so the store is a managed system named after the product, and after the project or instance
 * when the code writes it. Every client library also honours the product's `*_EMULATOR_HOST`
 * variable instead: where the deployment sets it to a service it deploys (the gcloud emulator in
 * compose), that service is the store. Pub/Sub and Cloud Storage are read elsewhere (brokers and
 * file stores) but take their emulator the same way.
 */

/** A managed product, by the technology code facts carry. */
export interface ManagedProduct {
  /** The system's name when nothing more is known. */
  product: string;
  /** The variable the client libraries read to talk to an emulator instead. */
  emulatorKey: string;
}

const PRODUCTS: Record<string, ManagedProduct> = {
  'google cloud firestore': { product: 'firestore', emulatorKey: 'FIRESTORE_EMULATOR_HOST' },
  'google cloud datastore': { product: 'datastore', emulatorKey: 'DATASTORE_EMULATOR_HOST' },
  'google cloud spanner': { product: 'spanner', emulatorKey: 'SPANNER_EMULATOR_HOST' },
  'google cloud bigtable': { product: 'bigtable', emulatorKey: 'BIGTABLE_EMULATOR_HOST' },
  'google pub/sub': { product: 'pubsub', emulatorKey: 'PUBSUB_EMULATOR_HOST' },
  'google cloud storage': { product: 'gcs', emulatorKey: 'STORAGE_EMULATOR_HOST' },
};

/** The technologies whose store is a managed datastore named here (not Pub/Sub or GCS, named by their own rules). */
const DATASTORES = new Set(['google cloud firestore', 'google cloud datastore', 'google cloud spanner', 'google cloud bigtable']);

/** The managed product a technology is, if any. */
export function managedProduct(technology: string | undefined): ManagedProduct | undefined {
  return technology === undefined ? undefined : PRODUCTS[technology.toLowerCase()];
}

/** Whether a technology is one of Google Cloud's managed datastores. */
export function isManagedDatastore(technology: string | undefined): boolean {
  return technology !== undefined && DATASTORES.has(technology.toLowerCase());
}

/** A resource path (`projects/p/instances/i/databases/d`, also inside a `Data Source=` string). */
const RESOURCE_PATH = /projects\/([\w.:-]+)(?:\/instances\/([\w.-]+))?(?:\/databases\/([\w.()-]+))?/;
/** A project or instance id as Google Cloud allows them (lowercase letters, digits, dashes, a domain prefix). */
const RESOURCE_ID = /^[a-z][\w.:-]{0,62}$/i;

/**
 * The system a managed datastore's client reaches, from the resource the code writes (a project
 * id, an instance id, a Spanner database path), and the database as channel when the path says.
 * A resource not written literally (read from the environment, a `$ref:`) names only the product.
 */
export function managedDatastoreTarget(technology: string, written: string | undefined): { name: string; channel?: string } | undefined {
  const product = managedProduct(technology);
  if (!product || !isManagedDatastore(technology)) return undefined;
  if (written === undefined || written.startsWith('$ref:')) return { name: product.product };
  const path = RESOURCE_PATH.exec(written);
  if (path) {
    const resource = path[2] ?? path[1];
    return { name: `${product.product}-${resource}`, ...(path[3] ? { channel: path[3] } : {}) };
  }
  return RESOURCE_ID.test(written) ? { name: `${product.product}-${written}` } : { name: product.product };
}
