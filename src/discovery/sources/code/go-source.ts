/**
 * The source for Go code (`.go`).
 */
import type { Source } from '../../source.js';
import { makeCodeSource } from './code-source.js';
import { goEnvPrefixReads, mayReadEnvPrefix } from './go-env-prefix.js';
import { goIniEnvTemplates, mayReadIni } from './go-ini-settings.js';
import { goMicroBindings, mayBeGoMicro } from './go-micro.js';
import { goReader } from './go-reader.js';
import { mayHoldPerVariable, perVariableConnections } from './go-per-variable.js';
import { goPrefixHelperTemplates, mayBuildPrefixedNames } from './go-prefix-helpers.js';
import { GO_TABLE } from './go-signatures.js';

/** Reads Go files for the clients and servers they use. */
export const goCodeSource: Source = makeCodeSource({
  name: 'code-go',
  readers: { go: goReader },
  table: GO_TABLE,
  // A package's functions read once per package variable (go-per-variable.ts), and functions
  // naming the variables they read on a prefix they are given (go-prefix-helpers.ts).
  bindings: (_model, evaluator, _path, evidenceAt, file) => {
    if (!file) return [];
    const text = file.root.text;
    return [
      ...(mayHoldPerVariable(text) ? perVariableConnections(file.root, evaluator, file.facts, file.emit, evidenceAt) : []),
      ...(mayBuildPrefixedNames(text) ? goPrefixHelperTemplates(file.root, evidenceAt) : []),
    ];
  },
  // go-micro: the name a service registers under and the broker plugin it links in (go-micro.ts);
  // settings read by an env prefix, every variable of it (go-env-prefix.ts).
  frameworks: {
    test: (text) => mayBeGoMicro(text) || mayReadEnvPrefix(text) || mayReadIni(text),
    read: ({ root, model, evaluator, facts, evidenceAt, path }) => [
      ...facts,
      ...(mayBeGoMicro(root.text) ? goMicroBindings(root, model, evaluator, path, evidenceAt) : []),
      ...(mayReadEnvPrefix(root.text) ? goEnvPrefixReads(root, path, evidenceAt) : []),
      // The `PRODUCT__section__KEY` variables overriding INI keys (go-ini-settings.ts).
      ...(mayReadIni(root.text) ? goIniEnvTemplates(root, evidenceAt) : []),
    ],
  },
});
