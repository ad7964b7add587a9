import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { goCodeSource } from './go-source.js';

const read = (path: string, text: string): Promise<Fact[]> => readSnippet(goCodeSource, path, text);
const connections = (facts: Fact[]): { target: string | undefined; technology: string | undefined }[] =>
  facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map((fact) => ({ target: fact.target.key ?? fact.target.host, technology: fact.technology }));

describe('Go settings read through viper behind wrapper functions', () => {
  it.each([
    {
      name: 'a same-package wrapper whose parameter viper.GetString reads, given a constant key',
      text: code`
        package main
        import ("fmt"; "net/http"; "github.com/spf13/viper")
        const apiServerHostKey = "ApiServer.Host"
        func getStringConfigWithDefault(name, value string) string {
        	if !viper.IsSet(name) {
        		return value
        	}
        	return viper.GetString(name)
        }
        func poll() { http.Get(fmt.Sprintf("http://%s:8888/runs", getStringConfigWithDefault(apiServerHostKey, ""))) }`,
      want: [{ target: 'ApiServer.Host', technology: 'HTTP' }],
    },
    {
      name: 'a wrapper of any name, its parameter handed to viper: the key each call gives it',
      text: code`
        package main
        import ("net/http"; "github.com/spf13/viper")
        func lookup(name string) string { return viper.GetString(name) }
        func poll() { http.Get("http://" + lookup("Archive.Host") + "/archive") }`,
      want: [{ target: 'Archive.Host', technology: 'HTTP' }],
    },
    {
      name: "another package's config-named wrapper given a constant key, into a Redis client",
      text: code`
        package main
        import ("fmt"; "github.com/go-redis/redis/v8"; "github.com/acme/api/common")
        const cacheHost = "CacheConfig.Host"
        func initCache() *redis.Client {
        	return redis.NewClient(&redis.Options{Addr: fmt.Sprintf("%s:6379", common.GetStringConfig(cacheHost))})
        }`,
      want: [{ target: 'CacheConfig.Host', technology: 'Redis' }],
    },
    {
      name: "go-sql-driver's mysql.Config: FormatDSN is the server at Addr",
      text: code`
        package main
        import ("database/sql"; "fmt"; "github.com/go-sql-driver/mysql"; "github.com/acme/api/common")
        const mysqlServiceHost = "DBConfig.MySQLConfig.Host"
        func initMysql() {
        	cfg := mysql.Config{User: "root", Net: "tcp", Addr: fmt.Sprintf("%s:%s", common.GetStringConfigWithDefault(mysqlServiceHost, "mysql"), "3306")}
        	cfg.DBName = "pipelines"
        	sql.Open("mysql", cfg.FormatDSN())
        }`,
      want: [{ target: 'DBConfig.MySQLConfig.Host', technology: 'MySQL' }],
    },
    {
      name: 'jinzhu/gorm (v1): the dialect first, the DSN second',
      text: code`
        package main
        import ("os"; "github.com/jinzhu/gorm")
        func open() { gorm.Open("mysql", os.Getenv("MYSQL_DSN")) }`,
      want: [{ target: 'MYSQL_DSN', technology: 'MySQL' }],
    },
    {
      name: 'gorm (v2): the dialector opened on the DSN, as before',
      text: code`
        package main
        import ("os"; "gorm.io/gorm"; "gorm.io/driver/postgres")
        func open() { gorm.Open(postgres.Open(os.Getenv("PG_DSN")), &gorm.Config{}) }`,
      want: [{ target: 'PG_DSN', technology: 'PostgreSQL' }],
    },
    {
      name: "a constant handed to another package's function that does not speak of configuration names no key",
      text: code`
        package main
        import ("net/http"; "github.com/acme/api/registry")
        const archiveKey = "Archive.Host"
        func poll() { http.Get("http://" + registry.Resolve(archiveKey) + "/archive") }`,
      want: [],
    },
    {
      name: "a wrapper over a command's flag getter is no viper key",
      text: code`
        package main
        import ("net/http"; "github.com/spf13/cobra")
        func flagOf(cmd *cobra.Command, name string) string { v, _ := cmd.Flags().GetString(name); return v }
        func poll(cmd *cobra.Command) { http.Get("http://" + flagOf(cmd, "archive-host") + "/archive") }`,
      want: [],
    },
  ])('$name', async ({ text, want }) => {
    const found = connections(await read('svc/main.go', text)).filter((connection) => connection.target !== undefined);
    expect(found).toEqual(want);
  });
});
