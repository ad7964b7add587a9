import { describe, expect, it } from 'vitest';
import type { ConnectionFact, FactCondition } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { goCodeSource } from './go-source.js';

/** Each connection as `technology: conditions`. */
async function guarded(text: string): Promise<Record<string, FactCondition[] | undefined>> {
  const facts = await readSnippet(goCodeSource, 'internal/storage/factory.go', text);
  return Object.fromEntries(facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map((fact) => [fact.technology, fact.conditions]));
}

const listed = (key: string, label: string): FactCondition => ({ key, test: { equals: label }, listed: true });

describe('a Go switch on a setting read elsewhere in the file', () => {
  it.each([
    [
      'a local, strings.Split, a struct literal\'s field, a range element and a function parameter',
      code`
        package storage
        import ("os"; "strings"; "github.com/gocql/gocql"; "github.com/redis/go-redis/v9")
        type Config struct{ Writers []string }
        func ConfigFromEnv() Config {
        	kinds := os.Getenv("STORE_KINDS")
        	if kinds == "" {
        		kinds = "cassandra"
        	}
        	writers := strings.Split(kinds, ",")
        	return Config{Writers: writers}
        }
        func New(cfg Config) {
        	for _, t := range cfg.Writers {
        		open(t)
        	}
        }
        func open(t string) {
        	switch t {
        	case "cassandra":
        		gocql.NewCluster("cassandra:9042")
        	case "redis":
        		redis.NewClient(&redis.Options{Addr: "redis:6379"})
        	}
        }`,
      { Cassandra: [listed('STORE_KINDS', 'cassandra')], Redis: [listed('STORE_KINDS', 'redis')] },
    ],
    [
      'a method parameter given a field assigned from an env read, several labels, and a default',
      code`
        package storage
        import ("os"; "github.com/gocql/gocql"; "github.com/olivere/elastic/v7"; "github.com/redis/go-redis/v9")
        type Factory struct{ kind string }
        func NewFactory() *Factory {
        	f := &Factory{}
        	f.kind = strings.TrimSpace(os.Getenv("SPAN_STORAGE_TYPE"))
        	f.plugin(f.kind)
        	return f
        }
        func (f *Factory) plugin(kind string) {
        	switch kind {
        	case "elasticsearch", "opensearch":
        		elastic.NewClient(elastic.SetURL("http://elasticsearch:9200"))
        	case "cassandra":
        		gocql.NewCluster("cassandra")
        	default:
        		redis.NewClient(&redis.Options{Addr: "redis:6379"})
        	}
        }`,
      {
        Elasticsearch: [{ key: 'SPAN_STORAGE_TYPE', test: { oneOf: ['elasticsearch', 'opensearch'] } }],
        Cassandra: [{ key: 'SPAN_STORAGE_TYPE', test: { equals: 'cassandra' } }],
        Redis: [
          { key: 'SPAN_STORAGE_TYPE', test: { equals: 'elasticsearch' }, negated: true },
          { key: 'SPAN_STORAGE_TYPE', test: { equals: 'opensearch' }, negated: true },
          { key: 'SPAN_STORAGE_TYPE', test: { equals: 'cassandra' }, negated: true },
        ],
      },
    ],
    [
      'the default case of a list says nothing (another item may be any value)',
      code`
        package storage
        import ("os"; "strings"; "github.com/gocql/gocql"; "github.com/redis/go-redis/v9")
        func Open() {
        	for _, t := range strings.Split(os.Getenv("STORES"), ",") {
        		switch t {
        		case "cassandra":
        			gocql.NewCluster("cassandra")
        		default:
        			redis.NewClient(&redis.Options{Addr: "redis:6379"})
        		}
        	}
        }`,
      { Cassandra: [listed('STORES', 'cassandra')], Redis: undefined },
    ],
    [
      'callers giving the parameter two different settings, or a literal: no conditions',
      code`
        package storage
        import ("os"; "github.com/gocql/gocql")
        func Primary() { open(os.Getenv("PRIMARY_STORE")) }
        func Archive() { open(os.Getenv("ARCHIVE_STORE")) }
        func Test() { reopen("cassandra") }
        func open(t string) {
        	switch t {
        	case "cassandra":
        		gocql.NewCluster("cassandra")
        	}
        }
        func reopen(t string) {
        	switch t {
        	case "cassandra":
        		gocql.NewCluster("cassandra-archive")
        	}
        }`,
      { Cassandra: undefined },
    ],
    [
      'a range over the keys of a map handed in (not built in the function) is not followed',
      code`
        package storage
        import ("os"; "github.com/gocql/gocql")
        func Open(kinds map[string]bool) {
        	kinds[os.Getenv("STORE")] = true
        	for t := range kinds {
        		switch t {
        		case "cassandra":
        			gocql.NewCluster("cassandra")
        		}
        	}
        }`,
      { Cassandra: undefined },
    ],
    [
      'a range over a map\'s keys: a literal\'s key (an item by index) and keys set from a range, one setting',
      code`
        package storage
        import ("os"; "strings"; "github.com/gocql/gocql"; "github.com/redis/go-redis/v9")
        type Config struct{ ReaderKind string; WriterKinds []string }
        func FromEnv() Config {
        	writers := strings.Split(os.Getenv("STORE_KIND"), ",")
        	return Config{ReaderKind: writers[0], WriterKinds: writers}
        }
        func New(cfg Config) map[string]any {
        	out := map[string]any{}
        	kinds := map[string]bool{cfg.ReaderKind: true}
        	for _, k := range cfg.WriterKinds {
        		kinds[k] = true
        	}
        	for k := range kinds {
        		out[k] = pluginOf(k)
        	}
        	return out
        }
        func pluginOf(k string) any {
        	switch k {
        	case "cassandra":
        		return gocql.NewCluster("cassandra")
        	case "redis":
        		return redis.NewClient(&redis.Options{Addr: "redis:6379"})
        	}
        	return nil
        }`,
      { Cassandra: [listed('STORE_KIND', 'cassandra')], Redis: [listed('STORE_KIND', 'redis')] },
    ],
    [
      'a map made with make, its keys and values both ranged over',
      code`
        package storage
        import ("os"; "github.com/gocql/gocql")
        func Open() {
        	kinds := make(map[string]struct{})
        	kinds[os.Getenv("PRIMARY_STORE")] = struct{}{}
        	for k, _ := range kinds {
        		switch k {
        		case "cassandra":
        			gocql.NewCluster("cassandra")
        		}
        	}
        }`,
      { Cassandra: [listed('PRIMARY_STORE', 'cassandra')] },
    ],
    [
      'map keys from two settings, or a literal key beside a setting: no conditions',
      code`
        package storage
        import ("os"; "github.com/gocql/gocql"; "github.com/redis/go-redis/v9")
        func Open() {
        	kinds := map[string]bool{os.Getenv("READER"): true}
        	kinds[os.Getenv("WRITER")] = true
        	for k := range kinds {
        		switch k {
        		case "cassandra":
        			gocql.NewCluster("cassandra")
        		}
        	}
        	fixed := map[string]bool{"redis": true, os.Getenv("CACHE"): true}
        	for k := range fixed {
        		switch k {
        		case "redis":
        			redis.NewClient(&redis.Options{Addr: "redis:6379"})
        		}
        	}
        }`,
      { Cassandra: undefined, Redis: undefined },
    ],
    [
      'a slice ranged with one variable gives its index, not its items',
      code`
        package storage
        import ("os"; "strings"; "github.com/gocql/gocql")
        func Open() {
        	kinds := strings.Split(os.Getenv("STORES"), ",")
        	for k := range kinds {
        		switch fmt.Sprint(k) {
        		case "cassandra":
        			gocql.NewCluster("cassandra")
        		}
        	}
        }`,
      { Cassandra: undefined },
    ],
  ] as const)('%s', async (_label, text, expected) => {
    expect(await guarded(text)).toEqual(expected);
  });
});

describe('Go clients of Cassandra, Elasticsearch and OpenSearch', () => {
  it('reads the hosts given spread, in an option call or in a Config literal', async () => {
    const facts = await readSnippet(goCodeSource, 'plugin/store.go', code`
      package plugin
      import (
      	"github.com/elastic/go-elasticsearch/v8"
      	"github.com/gocql/gocql"
      	"github.com/olivere/elastic/v7"
      	"github.com/opensearch-project/opensearch-go/v2"
      )
      func Open(servers []string) {
      	hosts := []string{"cassandra-0.cassandra", "cassandra-1.cassandra"}
      	gocql.NewCluster(hosts...)
      	elastic.NewClient(elastic.SetSniff(false), elastic.SetURL("http://es-logs:9200"))
      	elasticsearch.NewClient(elasticsearch.Config{Addresses: []string{"http://es-metrics:9200"}})
      	opensearch.NewClient(opensearch.Config{Addresses: []string{"https://search:9200"}})
      }`);
    const found = facts.flatMap((fact) => (fact.type === 'connection' ? [`${fact.technology} ${fact.target.host ?? '?'}`] : []));
    expect(found).toEqual(['Cassandra cassandra-0.cassandra', 'Elasticsearch es-logs', 'Elasticsearch es-metrics', 'OpenSearch search']);
  });
});

describe('franz-go', () => {
  it('reads a consumer group client as consuming its topics from the seed brokers, a record as produced', async () => {
    const consumer = await readSnippet(goCodeSource, 'cmd/ingester/app/consumer.go', code`
      package app
      import ("context"; "strings"; "os"; "github.com/twmb/franz-go/pkg/kgo")
      func Run(ctx context.Context) error {
      	cl, err := kgo.NewClient(
      		kgo.ConsumerGroup("ingester"),
      		kgo.SeedBrokers(strings.Split(os.Getenv("KAFKA_BROKERS"), ",")...),
      		kgo.ConsumeTopics("spans"),
      	)
      	if err != nil {
      		return err
      	}
      	for {
      		cl.PollFetches(ctx).EachRecord(func(r *kgo.Record) { handle(r.Value) })
      	}
      }`);
    const producer = await readSnippet(goCodeSource, 'plugin/kafka/writer.go', code`
      package kafka
      import ("context"; "github.com/twmb/franz-go/pkg/kgo")
      func Write(ctx context.Context, body []byte) error {
      	cl, _ := kgo.NewClient(kgo.SeedBrokers("kafka-0:9092"))
      	return cl.ProduceSync(ctx, &kgo.Record{Topic: "spans", Value: body}).FirstErr()
      }`);
    const summary = (facts: typeof consumer) => facts.flatMap((fact) => (fact.type === 'connection' ? [`${fact.role} ${fact.channel ?? '?'} ${fact.target.key ?? fact.target.host ?? '?'}`] : []));
    expect(summary(consumer)).toEqual(['consumes spans KAFKA_BROKERS']);
    expect(summary(producer)).toEqual(['produces spans kafka-0']);
  });
});
