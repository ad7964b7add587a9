/**
 * pydantic-settings fields as environment reads: each field of a `BaseSettings` class is bound to
 * the variable pydantic fills it from, for the modules reading it off the settings object.
 */
import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { code, readSnippet } from './code-test-support.js';
import { pythonCodeSource } from './python-source.js';

/** The `code:` bindings of plain names a settings module states, as `name=value` (a constructor's parameters, `init:Field#0`, are another matter). */
async function sharedNames(text: string): Promise<string[]> {
  const facts = await readSnippet(pythonCodeSource, 'api/config.py', text);
  return facts.flatMap((fact) => (fact.type === 'binding' && fact.key.startsWith('code:') && !fact.key.slice('code:'.length).includes(':') ? [`${fact.key.slice('code:'.length)}=${fact.value}`] : [])).sort();
}

const at = { file: 'docker-compose.yml', line: 1, excerpt: 'services:' };
const deployment: Fact[] = [
  { type: 'component', name: 'api', kind: 'application', root: 'api', evidence: at, confidence: CONFIDENCE.declared },
  { type: 'component', name: 'vectors', kind: 'database', evidence: at, confidence: CONFIDENCE.declared },
  { type: 'binding', component: 'api', key: 'QDRANT_URL', value: 'http://vectors:6333', evidence: at },
];

describe('pydantic-settings fields', () => {
  it.each([
    ['a field reads the variable of its name, upper-cased', code`
      from pydantic_settings import BaseSettings
      class Settings(BaseSettings):
          qdrant_url: str = "http://localhost:6333"`, ['qdrant_url=$ref:QDRANT_URL']],
    ['v2 env_prefix in model_config', code`
      from pydantic_settings import BaseSettings, SettingsConfigDict
      class Settings(BaseSettings):
          model_config = SettingsConfigDict(env_prefix="lexicon_")
          weaviate_url: str`, ['weaviate_url=$ref:LEXICON_WEAVIATE_URL']],
    ['v1 env_prefix in an inner Config class', code`
      from pydantic import BaseSettings
      class Settings(BaseSettings):
          meili_url: str = "http://localhost:7700"
          class Config:
              env_prefix = "APP_"`, ['meili_url=$ref:APP_MEILI_URL']],
    ['validation_alias names the variable outright, without the prefix', code`
      from pydantic import Field
      from pydantic_settings import BaseSettings, SettingsConfigDict
      class Settings(BaseSettings):
          model_config = SettingsConfigDict(env_prefix="APP_")
          redis_url: str = Field("redis://localhost:6379", validation_alias="QUEUE_URL")`, ['redis_url=$ref:QUEUE_URL']],
    ['v1 Field(env=…)', code`
      import pydantic
      class Settings(pydantic.BaseSettings):
          database_url: str = pydantic.Field(..., env="PG_DSN")`, ['database_url=$ref:PG_DSN']],
    ['case_sensitive keeps the name as written', code`
      from pydantic_settings import BaseSettings, SettingsConfigDict
      class Settings(BaseSettings):
          model_config = SettingsConfigDict(case_sensitive=True, env_prefix="App_")
          searchHost: str = "localhost"`, ['searchHost=$ref:App_searchHost']],
    ['a plain pydantic model reads no environment', code`
      from pydantic import BaseModel
      class Hit(BaseModel):
          qdrant_url: str = "http://localhost:6333"`, []],
  ])('%s', async (_name, text, expected) => {
    expect(await sharedNames(text)).toEqual(expected);
  });

  it.each([
    ['imported', 'from .config import settings', 'client = QdrantClient(url=settings.qdrant_url)'],
    ['made by the cached factory imported from the settings module', 'from .config import get_settings', 'settings = get_settings()\nclient = QdrantClient(url=settings.qdrant_url)'],
    ['a parameter typed with the settings class', 'from .config import Settings', 'def store(settings: Settings):\n    return QdrantClient(url=settings.qdrant_url)'],
  ])('joins a module reading the settings object %s to the deployment’s value', async (_how, imported, use) => {
    const facts: Fact[] = [
      ...(await readSnippet(pythonCodeSource, 'api/config.py', code`
        from functools import lru_cache
        from pydantic_settings import BaseSettings
        class Settings(BaseSettings):
            qdrant_url: str = "http://localhost:6333"
        @lru_cache
        def get_settings() -> Settings:
            return Settings()`)),
      ...(await readSnippet(pythonCodeSource, 'api/store.py', `from qdrant_client import QdrantClient\n${imported}\n${use}\n`)),
    ];
    expect(resolveFacts([...facts, ...deployment]).integrations.map((edge) => `${edge.source} -> ${edge.target} (${edge.mechanism})`)).toEqual(['api -> vectors (database)']);
  });

  it('leaves an attribute of a variable made by another function unread', async () => {
    const facts = await readSnippet(pythonCodeSource, 'api/store.py', 'from qdrant_client import QdrantClient\nfrom .models import make_hit\nhit = make_hit()\nclient = QdrantClient(url=hit.qdrant_url)\n');
    expect(resolveFacts([...facts, ...deployment]).integrations).toEqual([]);
  });

  it('joins a module reading the settings object to the deployment’s value', async () => {
    const facts: Fact[] = [
      ...(await readSnippet(pythonCodeSource, 'api/config.py', code`
        from pydantic_settings import BaseSettings
        class Settings(BaseSettings):
            qdrant_url: str = "http://localhost:6333"
        settings = Settings()`)),
      ...(await readSnippet(pythonCodeSource, 'api/store.py', code`
        from qdrant_client import QdrantClient
        from .config import settings
        client = QdrantClient(url=settings.qdrant_url)`)),
    ];
    expect(resolveFacts([...facts, ...deployment]).integrations.map((edge) => `${edge.source} -> ${edge.target} (${edge.mechanism})`)).toEqual(['api -> vectors (database)']);
  });
});
