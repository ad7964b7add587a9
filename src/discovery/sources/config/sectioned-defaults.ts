/**
 * A product's sectioned defaults file (`default_config.cfg`, `config.ini`, `product.cfg`), read by
 * Python's `configparser` or a subclass of it that looks in the environment first
 * (`PRODUCT__CELERY__BROKER_URL` over `[celery] broker_url`; code/python-sectioned-config.ts). Each
 * `key = value` of a section is bound as `ini:<section>.<key>` (sectionedDefaultKey), for no
 * component or folder: resolution falls back on it for a sectioned read the deployment does not
 * override, and only while every file of the scan binding it agrees.
 *
 * Left out: test code, files named for tests or a developer's machine (`unit_tests.cfg`,
 * `dev.ini`, `local.cfg`), which the deployed processes never load, and the configuration of
 * Python's own tools (`setup.cfg`, `tox.ini`…). Values holding interpolation (`%(home)s`,
 * `{SLUICE_HOME}`) are not bound: what they become is not known from the file.
 */
import { sectionedDefaultKey } from '../../../core/discovery/env-helper-keys.js';
import type { BindingFact, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { isTestCode } from '../../../core/discovery/file-paths.js';
import type { Source, SourceContext } from '../../source.js';
import { maskBinding, neverThrows, scrubbedEvidence } from './emit.js';
import { baseName } from './paths.js';

/** A `.cfg` or `.ini` file. */
const SECTIONED_FILE = /\.(?:cfg|ini)$/i;
/** Files for tests or a developer's machine, and examples: never what a deployed process loads. */
const NOT_DEPLOYED = /(?:^|[._-])(?:unit_?tests?|tests?|dev|development|local|example|sample)(?:[._-]|$)/i;
/** Python tooling's own configuration, sectioned too. */
const TOOL_FILE = /^(?:setup\.cfg|tox\.ini|pytest\.ini|mypy\.ini|\.?flake8|\.?pylintrc|\.coveragerc|alembic\.ini|php\.ini|uwsgi\.ini)$/i;

/** The sectioned defaults source. */
export const sectionedDefaultsSource: Source = {
  name: 'sectioned-defaults',
  extensions: ['.cfg', '.ini'],
  accepts: (path) => SECTIONED_FILE.test(path) && !isTestCode(path) && !NOT_DEPLOYED.test(baseName(path).replace(/\.(?:cfg|ini)$/i, '')) && !TOOL_FILE.test(baseName(path)),
  read: neverThrows(readSectioned),
};

/** One `key = value` of a section. */
export interface SectionedEntry {
  section: string;
  key: string;
  value: string;
  line: number;
}

/**
 * The entries of an INI text as configparser reads it: `[section]` headers, `key = value` or
 * `key: value`, `#` and `;` comment lines, indented lines continuing the value above. Entries
 * before any section, and sections of other dialects (`[program:x]`), are kept as written.
 */
export function sectionedEntries(text: string): SectionedEntry[] {
  const entries: SectionedEntry[] = [];
  let section: string | undefined;
  let last: SectionedEntry | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    if (/^\s*[;#]/.test(raw) || raw.trim() === '') {
      last = undefined;
      return;
    }
    const header = /^\[([^\]]+)\]\s*$/.exec(raw.trim());
    if (header && !/^\s/.test(raw)) {
      section = (header[1] as string).trim();
      last = undefined;
      return;
    }
    if (/^\s/.test(raw) && last) {
      last.value = `${last.value}\n${raw.trim()}`;
      return;
    }
    const entry = /^([^=:\s][^=:]*?)\s*[=:]\s*(.*)$/.exec(raw);
    if (!entry || section === undefined) {
      last = undefined;
      return;
    }
    last = { section, key: (entry[1] as string).trim(), value: (entry[2] as string).trim(), line: index + 1 };
    entries.push(last);
  });
  return entries;
}

function readSectioned(file: SourceFile, context: SourceContext): Fact[] {
  return sectionedEntries(file.text)
    .filter((entry) => entry.value !== '' && !entry.value.includes('\n') && !/%\(|\{[A-Za-z_]\w*\}/.test(entry.value))
    .map((entry): BindingFact => {
      const value = maskBinding(entry.key, entry.value);
      return { type: 'binding', key: sectionedDefaultKey(entry.section, entry.key), value, evidence: scrubbedEvidence(context.evidenceAt, entry.line, entry.value, value) };
    });
}
