import { describe, expect, it } from 'vitest';
import { evidenceFor } from '../../source.js';
import { installEnvScriptSource, scriptEnvWrites } from './install-env-script.js';

describe('scriptEnvWrites', () => {
  it.each([
    ['echo appended', 'echo "ACME_REDIS_URL=redis://redis:6379/0" >> /opt/acme/env', [['ACME_REDIS_URL', 'redis://redis:6379/0', 1, '/opt/acme/env']]],
    ['single quotes, truncating, quoted target', "echo 'ACME_MODE=prod' > \"$BASE/env\"", [['ACME_MODE', 'prod', 1, '$BASE/env']]],
    ['printf with a newline', 'printf "ACME_PORT=8000\\n" >> /opt/acme/.env', [['ACME_PORT', '8000', 1, '/opt/acme/.env']]],
    ['tee -a', 'echo "ACME_X=1" | sudo tee -a /opt/acme/env', [['ACME_X', '1', 1, '/opt/acme/env']]],
    ['a log line is no env file', 'echo "done=1" >> /var/log/acme-setup.log', []],
    ['a commented-out write', '# echo "ACME_SENTRY_DSN=https://k@sentry.io/1" >> /opt/acme/env', []],
    [
      'a heredoc, its comments skipped',
      'cat <<EOF > "$ACME_BASE_PATH/env"\nACME_REDIS_URL=redis://redis:6379/0\n# ACME_SMTP_URL=smtp://mail\nACME_DATABASE_URL=postgresql://postgres:${PW}@postgres/acme\nEOF\necho "X=1" >> /tmp/notes.txt',
      [
        ['ACME_REDIS_URL', 'redis://redis:6379/0', 2, '$ACME_BASE_PATH/env'],
        ['ACME_DATABASE_URL', 'postgresql://postgres:${PW}@postgres/acme', 4, '$ACME_BASE_PATH/env'],
      ],
    ],
    ['a heredoc redirect first, quoted delimiter', "cat > /opt/acme/env <<'END'\nA=1\nEND", [['A', '1', 2, '/opt/acme/env']]],
    ['a heredoc to a config of another format', 'cat <<EOF > /etc/nginx/conf.d/acme.conf\nlisten=80\nEOF', []],
  ])('%s', (_name, text, expected) => {
    expect(scriptEnvWrites(text).map((write) => [write.key, write.value, write.line, write.target])).toEqual(expected);
  });

  it('binds masked values scoped to the script folder, marked with the path written', () => {
    const file = { path: 'setup/setup.sh', text: 'echo "ACME_SECRET_KEY=CANARY-SECRET-x" >> /opt/acme/env\n' };
    const facts = installEnvScriptSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
    expect(facts).toMatchObject([{ type: 'binding', scope: 'setup', key: 'ACME_SECRET_KEY', writtenTo: '/opt/acme/env', evidence: { file: 'setup/setup.sh', line: 1 } }]);
    expect(JSON.stringify(facts)).not.toContain('CANARY-SECRET');
  });
});
