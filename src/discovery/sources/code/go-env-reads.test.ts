import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { goCodeSource } from './go-source.js';

const read = (path: string, text: string): Promise<Fact[]> => readSnippet(goCodeSource, path, text);
const targets = (facts: Fact[]): (string | undefined)[] => facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map((fact) => fact.target.key ?? fact.target.host);

describe('Go in-house env helpers', () => {
  it('reads a package-level setting through another package\'s helper as the variable', async () => {
    const facts = await read(
      'internal/search/searcher.go',
      code`
        package search
        import ("net/http"; "github.com/acme/app/internal/env")
        var searcherURL = env.Get("SEARCHER_URL", "http://searcher:3181", "searcher")
        func Ping() { http.Get(searcherURL + "/healthz") }`,
    );
    expect(targets(facts)).toEqual(['SEARCHER_URL']);
  });
});

describe('Go settings picked per request and read in turn', () => {
  it.each([
    [
      'one URL of a space-separated list picked at random',
      code`
        package search
        import ("math/rand"; "net/http"; "os"; "strings")
        var urls = strings.Fields(os.Getenv("SEARCHER_URL"))
        func Search() { http.Get(urls[rand.Intn(len(urls))] + "/search") }`,
      ['SEARCHER_URL'],
    ],
    [
      'one server of a comma-separated list picked by hash',
      code`
        package search
        import ("hash/fnv"; "net/http"; "os"; "strings")
        var servers = strings.Split(os.Getenv("INDEXED_SEARCH_SERVERS"), ",")
        func For(repo string) {
        	h := fnv.New32a()
        	http.Get("http://" + servers[int(h.Sum32())%len(servers)] + "/api")
        }`,
      ['INDEXED_SEARCH_SERVERS'],
    ],
    [
      'a fallback chain: the specific variable, else the shared one, else a default',
      code`
        package redispool
        import ("os"; "github.com/gomodule/redigo/redis")
        func addr(specific string) string {
        	if v := os.Getenv(specific); v != "" { return v }
        	if v := os.Getenv("REDIS_ENDPOINT"); v != "" { return v }
        	return "127.0.0.1:6379"
        }
        func Dial() { redis.Dial("tcp", addr("REDIS_STORE_ENDPOINT")) }`,
      ['env-chain:REDIS_STORE_ENDPOINT|REDIS_ENDPOINT'],
    ],
    [
      'a literal position of a list is no pick',
      code`
        package search
        import ("net/http"; "os"; "strings")
        func First() { http.Get(strings.Fields(os.Getenv("SEARCHER_URL"))[0]) }`,
      [],
    ],
  ])('%s', async (_name, text, expected) => {
    expect(targets(await read('internal/x/x.go', text)).filter((target) => target !== undefined)).toEqual(expected);
  });
});
