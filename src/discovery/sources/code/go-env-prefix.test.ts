import { describe, expect, it } from 'vitest';
import { ENV_PREFIX_READ_KEY } from '../../../core/discovery/env-prefix.js';
import type { BindingFact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { goCodeSource } from './go-source.js';
import { mayReadEnvPrefix } from './go-env-prefix.js';

/** The prefixes a Go file is read as reading every variable of. */
async function prefixesOf(text: string): Promise<string[]> {
  const facts = await readSnippet(goCodeSource, 'internal/config/config.go', text);
  return facts.filter((fact): fact is BindingFact => fact.type === 'binding' && fact.key === ENV_PREFIX_READ_KEY).map((fact) => fact.value);
}

describe('Go code reading the environment by prefix', () => {
  it.each([
    [
      'reflection: a name built in a variable on a parameter, the file\'s prefix constant',
      code`
        package config
        import ("os"; "reflect"; "strings")
        const EnvPrefix = "XX_"
        func apply(v reflect.Value, prefix string) {
        	for i := 0; i < v.NumField(); i++ {
        		name := prefix + strings.ToUpper(v.Type().Field(i).Name)
        		if raw, ok := os.LookupEnv(name); ok { v.Field(i).SetString(raw) }
        	}
        }`,
      ['XX_'],
    ],
    [
      'reflection: the constant written in the call',
      code`
        package config
        import ("os"; "strings")
        const envPrefix = "ACME_"
        func lookup(section, field string) string { return os.Getenv(envPrefix + strings.ToUpper(section) + "_" + strings.ToUpper(field)) }`,
      ['ACME_'],
    ],
    [
      'the whole environment filtered by the prefix',
      code`
        package config
        import ("os"; "strings")
        func overrides() map[string]string {
        	found := map[string]string{}
        	for _, kv := range os.Environ() {
        		if strings.HasPrefix(kv, "MM_") { parts := strings.SplitN(kv, "=", 2); found[parts[0]] = parts[1] }
        	}
        	return found
        }`,
      ['MM_'],
    ],
    [
      'viper: SetEnvPrefix with AutomaticEnv',
      code`
        package config
        import ("strings"; "github.com/spf13/viper")
        func Load() {
        	viper.SetEnvPrefix("shop")
        	viper.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
        	viper.AutomaticEnv()
        }`,
      ['SHOP_'],
    ],
    [
      'envconfig.Process',
      code`
        package config
        import "github.com/kelseyhightower/envconfig"
        type Spec struct { DatabaseURL string }
        func Load() (Spec, error) { var s Spec; err := envconfig.Process("orders", &s); return s, err }`,
      ['ORDERS_'],
    ],
    [
      'not: a name written out whole',
      code`
        package config
        import "os"
        const prefix = "XX_"
        var dsn = os.Getenv(prefix + "DATASOURCE")`,
      [],
    ],
    [
      'not: SetEnvPrefix without AutomaticEnv',
      code`
        package config
        import "github.com/spf13/viper"
        func Load() { viper.SetEnvPrefix("shop"); viper.BindEnv("db") }`,
      [],
    ],
    [
      'not: a HasPrefix that is no variable\'s start, without the environment listed',
      code`
        package config
        import ("os"; "strings")
        func isPath(kv string) bool { return strings.HasPrefix(kv, "PATH=") || strings.HasPrefix(os.Getenv("MODE"), "XX_") }`,
      [],
    ],
  ])('%s', async (_name, text, expected) => {
    expect(await prefixesOf(text)).toEqual(expected);
  });

  it('lets through, before parsing, only files that may read by prefix', () => {
    expect(mayReadEnvPrefix('os.LookupEnv(name) // prefix')).toBe(true);
    expect(mayReadEnvPrefix('envconfig.Process("app", &c)')).toBe(true);
    expect(mayReadEnvPrefix('os.Getenv("REDIS_ADDR")')).toBe(false);
  });
});
