/**
 * Compose services that run once and exit: a schema migration, a seed, a bucket or topic setup.
 * Compose itself has no "job" type; what says so is how the file runs the container (the Compose
 * specification's `restart` and `deploy.restart_policy`, and `depends_on` conditions). A service
 * depending on one waits for it to finish, so the dependency is a startup order, not how the two
 * talk; the job's own connections (to the database it migrates) are real.
 */
import { imageName, productOf } from './images.js';

/** What of a service tells whether it is a one-shot job. */
export interface ServiceRun {
  name: string;
  /** The image as written, variables filled with their defaults. */
  image?: string;
  /** `restart:` as written. */
  restart?: string;
  /** `deploy.restart_policy.condition` as written (Swarm's `none`, `on-failure`, `any`). */
  restartCondition?: string;
  /** The words of `entrypoint` then `command`. */
  words: readonly string[];
}

/**
 * Containers of tools that do their work and exit whatever the file says: MinIO's client
 * (`mc mb`, `mc policy`), and Kafka's topic tool when it creates topics.
 */
const SETUP_IMAGES = /(^|\/)(minio\/mc|bitnami\/minio-client)$/i;
const TOPIC_TOOL = /(^|\/)kafka-topics(\.sh)?$/;

/** A name or command part saying what a job does (`bookings-migrate`, `db:migrate`, `seed.js`). */
const SETUP_WORDS = new Set(['migrate', 'migration', 'migrations', 'seed', 'seeds', 'seeder', 'init', 'initdb', 'setup', 'bootstrap']);
/** A service named for its job: `bookings-migrate`, `kafka-init`, `db_seed`, `migrations`. */
const SETUP_NAME = /(^|[-_.])(migrate|migrations?|seed|seeder|init|setup|bootstrap)$/i;
/**
 * Init systems a long-running process is started under (`dumb-init node server.js`, tini,
 * s6-overlay's `/init`): they say nothing of the job.
 */
const INIT_SYSTEMS = /(^|\/)(dumb-init|tini|catatonit|init)$/;

/** Restart policies that stop a container once it exits (successfully, for `on-failure`). */
function stopsWhenDone(run: ServiceRun): boolean {
  const restart = run.restart?.trim().toLowerCase();
  if (restart === 'no' || restart === 'false' || restart?.startsWith('on-failure')) return true;
  const condition = run.restartCondition?.trim().toLowerCase();
  return condition === 'none' || condition === 'on-failure';
}

/** Restart policies that keep a container running: a service, whatever its name. */
function keepsRunning(run: ServiceRun): boolean {
  const restart = run.restart?.trim().toLowerCase();
  return restart === 'always' || restart === 'unless-stopped' || run.restartCondition?.trim().toLowerCase() === 'any';
}

/** The words of a command line, a shell script given to `sh -c` split too. */
function plainWords(words: readonly string[]): string[] {
  return words.flatMap((word) => word.split(/[\s;&|]+/)).filter((word) => word !== '');
}

/**
 * Whether a command line runs a setup step: a word of SETUP_WORDS, as written or as a part
 * (`db:migrate`, `migrate:latest`). Options are not steps: a server's `--init-file` still serves.
 */
function runsSetup(words: readonly string[]): boolean {
  return plainWords(words).some((word) => !word.startsWith('-') && !INIT_SYSTEMS.test(word) && word.toLowerCase().split(/[:/._=-]+/).some((part) => SETUP_WORDS.has(part)));
}

/**
 * Whether a compose service is a job that runs once and exits: a setup tool's container
 * (SETUP_IMAGES, `kafka-topics --create`), or a container the file does not restart once done
 * (`restart: "no"`, `on-failure`) whose name or command says it migrates, seeds or sets up.
 * A service restarted `always` or `unless-stopped` keeps running, and is none.
 * The command counts only for an image that is no known product's server.
 */
export function isOneShotJob(run: ServiceRun): boolean {
  if (keepsRunning(run)) return false;
  const words = plainWords(run.words);
  if (run.image !== undefined && SETUP_IMAGES.test(imageName(run.image))) return true;
  if (words.some((word) => TOPIC_TOOL.test(word)) && words.includes('--create')) return true;
  // A product's server image is given its own options and files (`--init-file /data/init.sql`):
  // its command says nothing of a job, only its name can.
  const serverImage = run.image !== undefined && productOf(imageName(run.image)) !== undefined;
  return stopsWhenDone(run) && (SETUP_NAME.test(run.name) || (!serverImage && runsSetup(run.words)));
}

/** The condition of a long-syntax depends_on entry under which the dependency is a finished job. */
export const COMPLETED_CONDITION = 'service_completed_successfully';
