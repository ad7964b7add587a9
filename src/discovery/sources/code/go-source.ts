/**
 * The source for Go code (`.go`).
 */
import type { Source } from '../../source.js';
import { makeCodeSource } from './code-source.js';
import { goMicroBindings, mayBeGoMicro } from './go-micro.js';
import { goReader } from './go-reader.js';
import { GO_TABLE } from './go-signatures.js';

/** Reads Go files for the clients and servers they use. */
export const goCodeSource: Source = makeCodeSource({
  name: 'code-go',
  readers: { go: goReader },
  table: GO_TABLE,
  // go-micro: the name a service registers under and the broker plugin it links in (go-micro.ts).
  frameworks: {
    test: mayBeGoMicro,
    read: ({ root, model, evaluator, facts, evidenceAt, path }) => [...facts, ...goMicroBindings(root, model, evaluator, path, evidenceAt)],
  },
});
