import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { goCodeSource } from './go-source.js';

const read = (text: string): Promise<Fact[]> => readSnippet(goCodeSource, 'cache/cmd/cache/main.go', text);
const connections = (facts: Fact[]): { target: string | undefined; technology: string | undefined }[] =>
  facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map((fact) => ({ target: fact.target.key ?? fact.target.host, technology: fact.technology }));

const FLAGS = code`
  const (
  	mysqlDBDriverDefault = "mysql"
  	mysqlDBHostDefault = "mysql.acme.svc.cluster.local"
  )
  type serverParams struct { dbDriver string; dbHost string; dbPort string; dbUser string; dbPwd string }`;

describe('Go: a DSN built by a function the file cannot follow, opened with a known driver', () => {
  it.each([
    {
      name: "another package's config builder given the host flag, the driver a flag defaulting to a constant",
      text: code`
        package main
        import ("database/sql"; "flag"; "example.com/acme/cmd/cache/client")
        ${FLAGS}
        func main() {
        	var params serverParams
        	flag.StringVar(&params.dbDriver, "db_driver", mysqlDBDriverDefault, "driver")
        	flag.StringVar(&params.dbHost, "db_host", mysqlDBHostDefault, "host")
        	flag.Parse()
        	cfg := client.CreateMySQLConfig(params.dbUser, params.dbPwd, params.dbHost, params.dbPort, "", "utf8mb4", nil)
        	sql.Open(params.dbDriver, cfg.FormatDSN())
        }`,
      want: [{ target: 'db_host', technology: 'MySQL' }],
    },
    {
      name: 'the flags struct handed to a function: its fields are still the flags',
      text: code`
        package main
        import ("database/sql"; "flag"; "example.com/acme/cmd/cache/client")
        ${FLAGS}
        func main() {
        	var params serverParams
        	flag.StringVar(&params.dbDriver, "db_driver", mysqlDBDriverDefault, "driver")
        	flag.StringVar(&params.dbHost, "db_host", mysqlDBHostDefault, "host")
        	flag.Parse()
        	initDB(params)
        }
        func initDB(params serverParams) {
        	cfg := client.CreateMySQLConfig(params.dbUser, params.dbPwd, params.dbHost, params.dbPort, "", "utf8mb4", nil)
        	sql.Open(params.dbDriver, cfg.FormatDSN())
        }`,
      want: [{ target: 'code:param:main.initDB#0.dbHost', technology: 'MySQL' }],
    },
    {
      name: 'a DSN helper called in place, the driver literal',
      text: code`
        package main
        import ("database/sql"; "os"; "example.com/acme/internal/dsn")
        func open() {
        	pgHost := os.Getenv("PG_HOST")
        	sql.Open("postgres", dsn.Build(os.Getenv("PG_USER"), pgHost, 5432))
        }`,
      want: [{ target: 'PG_HOST', technology: 'PostgreSQL' }],
    },
    {
      name: 'no argument named as the host: no guess among the others',
      text: code`
        package main
        import ("database/sql"; "os"; "example.com/acme/internal/dsn")
        func open() { sql.Open("mysql", dsn.Build(os.Getenv("DB_USER"), os.Getenv("DB_NAME"))) }`,
      want: [],
    },
    {
      name: 'a driver nobody names: the builder is not taken for a database client',
      text: code`
        package main
        import ("database/sql"; "flag"; "example.com/acme/internal/dsn")
        var driver = flag.String("driver", "", "driver")
        var host = flag.String("db_host", "db", "host")
        func open() { sql.Open(*driver, dsn.Build(*host)) }`,
      want: [],
    },
  ])('$name', async ({ text, want }) => {
    const found = connections(await read(text)).filter((connection) => connection.target !== undefined);
    expect(found).toEqual(want);
  });
});
