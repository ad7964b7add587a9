/**
 * Install scripts that write a self-hosted product's env file (`setup/setup.sh`): the compose file
 * takes it in from a path outside the repository (`env_file: /opt/acme/env`), written at install
 * time, so the script's writes are the repository's only statement of those settings. Two ways
 * of writing are read: `echo "KEY=value" >> /opt/acme/env` (also `printf`, `>` and `tee -a`) and
 * a heredoc (`cat <<EOF > "$BASE/env"`, `cat > path <<'EOF'`, `tee path <<EOF`), whose body is
 * read as a `.env`. Each variable is a binding scoped to the script's folder and marked with the
 * path written (BindingFact.writtenTo); resolution (install-env-templates.ts) gives it to the
 * compose services whose `env_file:` names a file of that name outside the repository.
 */
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact, neverThrows } from './emit.js';
import { parseEnvFile } from './env-file.js';
import { folderOf } from './paths.js';

/** One variable a script writes to a file. */
export interface ScriptEnvWrite {
  key: string;
  value: string;
  line: number;
  /** The path written, as the script spells it (`/opt/acme/env`, `$ACME_BASE_PATH/env`). */
  target: string;
}

/** `KEY=value` echoed or printed, then redirected to a file. */
const ECHO_WRITE = /^\s*(?:echo(?:\s+-[neE]+)*|printf)\s+(["']?)([A-Za-z_][A-Za-z0-9_]*)=(.*?)(?:\\n)?\1\s*(?:>>?|\|\s*(?:sudo\s+)?tee(?:\s+-a)?)\s*(["']?)([^"'\s;|&]+)\4/;
/** A heredoc into a file: `cat <<EOF > path`, `cat > path <<'EOF'`, `tee -a path <<EOF`. */
const HEREDOC = /<<-?\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\1/;
const REDIRECT = /(?:>>?|\btee(?:\s+-a)?)\s*(["']?)([^"'\s;|&<>]+)\1/;

/** The install-script source: shell scripts only, and only those redirecting into a file. */
export const installEnvScriptSource: Source = {
  name: 'install-env-script',
  accepts: (path) => /\.(?:sh|bash)$/i.test(path),
  read: neverThrows(readScript),
};

/** Whether a written path is an env file (its name says so) rather than a log or a config of another format. */
function isEnvTarget(target: string): boolean {
  const name = target.split('/').pop() ?? '';
  return /^(?:\.?env|[^/]+\.env|\.env\.[^/.]+)$/.test(name);
}

/** The variables a script writes to env files (see the module comment). */
export function scriptEnvWrites(text: string): ScriptEnvWrite[] {
  if (!text.includes('>') && !/\btee\b/.test(text)) return [];
  const lines = text.split(/\r?\n/);
  const writes: ScriptEnvWrite[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (/^\s*#/.test(line)) continue;
    const heredoc = HEREDOC.exec(line);
    if (heredoc) {
      const delimiter = heredoc[2] as string;
      const target = REDIRECT.exec(line.replace(HEREDOC, ''))?.[2];
      let end = index + 1;
      while (end < lines.length && (lines[end] ?? '').trim() !== delimiter) end += 1;
      if (target !== undefined && isEnvTarget(target)) {
        const body = lines.slice(index + 1, end).join('\n');
        for (const entry of parseEnvFile(body)) writes.push({ key: entry.key, value: entry.value, line: index + 1 + entry.line, target });
      }
      index = end;
      continue;
    }
    const echo = ECHO_WRITE.exec(line);
    if (echo && isEnvTarget(echo[5] as string)) writes.push({ key: echo[2] as string, value: (echo[3] as string).trim(), line: index + 1, target: echo[5] as string });
  }
  return writes;
}

/** Reads one shell script. */
function readScript(file: SourceFile, context: SourceContext): Fact[] {
  const scope = folderOf(file.path);
  return scriptEnvWrites(file.text).map((write) => ({ ...bindingFact({ scope }, write.key, write.value, write.line, context.evidenceAt), writtenTo: write.target }));
}
