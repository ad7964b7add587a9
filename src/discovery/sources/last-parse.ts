/**
 * The last text a parser was given, with what it gave. A scan hands each file to every source that
 * accepts it, one source after another (scan-file.ts), and a YAML file is read by many of them:
 * compose, Kubernetes, Helm, Kustomize, Backstage, Dapr, OpenAPI, AsyncAPI… Each parsed it again;
 * on the benchmark's 105,000-file tree YAML parsing was about 3 s of the workers' time. One entry
 * is enough because the sources of one file run one after another, before the next file's.
 *
 * What is kept must not be changed by those reading it: parsers memoised here return structures
 * their readers only walk.
 */
export function lastParse<T>(parse: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let lastResult: T | undefined;
  return (text: string): T => {
    // The same string object is handed to each source, so the comparison is by identity in the
    // usual case; a different text of the same length is compared until the first difference.
    if (lastText !== undefined && text === lastText) return lastResult as T;
    const result = parse(text);
    lastText = text;
    lastResult = result;
    return result;
  };
}
