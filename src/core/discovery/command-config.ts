/**
 * The group of a configuration file a deployable's command line names (`serve -c
 * /etc/config/identity/identity.yml`) and the files it loads by `file://` URL: its settings and the
 * connections its addresses make (discovery/sources/config/command-config.ts) are the deployable's
 * that takes the group in, as a mounted ConfigMap's settings file's are its workload's.
 */
import { MIGRATION_PROCESS } from './python-entries.js';

/** The prefix of such a group: `command-config:<path of the file>`. */
export const COMMAND_CONFIG_GROUP = 'command-config:';

/** Whether a group is a command-named configuration file's, whose connections the including component makes. */
export function isCommandConfigGroup(group: string): boolean {
  return group.startsWith(COMMAND_CONFIG_GROUP);
}

/**
 * Whether a deployable running `processes` makes a connection its mounted or command-named
 * configuration file writes: one only applying migrations (`-c identity.yml migrate sql`,
 * MIGRATION_PROCESS) boots the configuration for its database alone, never its mail server,
 * webhooks or identity providers.
 */
export function madeByProcesses(fact: { mechanism: string }, processes: readonly string[] | undefined): boolean {
  const migrating = processes !== undefined && processes.length > 0 && processes.every((process) => process === MIGRATION_PROCESS);
  return !migrating || fact.mechanism === 'database';
}
