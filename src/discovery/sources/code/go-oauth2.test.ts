/**
 * golang.org/x/oauth2 (saas-vendors.ts): a `Config` with a provider package's `Endpoint`, or an
 * `oauth2.Endpoint{TokenURL}` on a provider's host, is a `rest` call of that identity provider;
 * an endpoint whose URL comes from elsewhere, or on a host of no known provider, is nothing here.
 */
import { describe, expect, it } from 'vitest';
import { INFERRED, code, readSnippet, summarise, type FactSummary, type SnippetCase } from './code-test-support.js';
import { goCodeSource } from './go-source.js';

const idp = (technology: string, line: number): FactSummary => ({ role: 'calls', mechanism: 'rest', technology, target: {}, targetKind: 'saas', line, confidence: INFERRED });

const CASES: SnippetCase[] = [
  { name: 'provider packages', source: goCodeSource, path: 'auth/oauth.go', text: code`
      package auth
      import (
        "os"
        "golang.org/x/oauth2"
        "golang.org/x/oauth2/github"
        "golang.org/x/oauth2/google"
        "golang.org/x/oauth2/microsoft"
      )
      var gh = &oauth2.Config{ClientID: os.Getenv("GH_ID"), Endpoint: github.Endpoint, Scopes: []string{"read:user"}}
      var gg = oauth2.Config{Endpoint: google.Endpoint}
      var ms = oauth2.Config{Endpoint: microsoft.AzureADEndpoint("common")}`, facts: [idp('GitHub', 9), idp('Google', 10), idp('Microsoft', 11)] },
  { name: 'an endpoint literal on a provider host', source: goCodeSource, path: 'auth/gitlab.go', text: code`
      package auth
      import "golang.org/x/oauth2"
      var conf = oauth2.Config{Endpoint: oauth2.Endpoint{AuthURL: "https://gitlab.com/oauth/authorize", TokenURL: "https://gitlab.com/oauth/token"}}`, facts: [idp('GitLab', 3)] },
  { name: 'github.com web pages are not the login endpoint', source: goCodeSource, path: 'auth/other.go', text: code`
      package auth
      import "golang.org/x/oauth2"
      var conf = oauth2.Config{Endpoint: oauth2.Endpoint{TokenURL: "https://github.com/login/oauth/access_token"}}
      var own = oauth2.Config{Endpoint: oauth2.Endpoint{TokenURL: os.Getenv("TOKEN_URL")}}`, facts: [idp('GitHub', 3)] },
  { name: 'client credentials', source: goCodeSource, path: 'auth/cc.go', text: code`
      package auth
      import "golang.org/x/oauth2/clientcredentials"
      var cc = clientcredentials.Config{ClientID: "svc", TokenURL: "https://login.microsoftonline.com/tenant/oauth2/v2.0/token"}`, facts: [idp('Microsoft', 3)] },
  { name: 'no oauth2 import', source: goCodeSource, path: 'auth/fake.go', text: code`
      package auth
      var conf = oauth2.Config{Endpoint: github.Endpoint}`, facts: [] },
];

describe('golang.org/x/oauth2 identity providers', () => {
  it.each(CASES)('$name', async ({ source, path, text, facts }) => {
    expect(summarise(await readSnippet(source, path, text))).toEqual(facts);
  });
});
