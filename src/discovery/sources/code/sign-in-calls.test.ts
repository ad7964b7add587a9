import { describe, expect, it } from 'vitest';
import type { ConnectionFact } from '../../../core/discovery/facts.js';
import { foldSignInCalls } from './sign-in-calls.js';

/** A call of a URL, as a fetch reads. */
const url = (address: string, line: number): ConnectionFact => ({ type: 'connection', role: 'calls', mechanism: 'rest', technology: 'HTTP', target: { url: address }, evidence: { file: 'src/sync.ts', line, excerpt: '' }, confidence: 0.6 }) as ConnectionFact;
/** A vendor SDK's client. */
const sdk = (technology: string, line: number): ConnectionFact => ({ type: 'connection', role: 'calls', mechanism: 'rest', technology, target: {}, targetKind: 'saas', evidence: { file: 'src/sync.ts', line, excerpt: '' }, confidence: 0.6 }) as ConnectionFact;

const MS_TOKEN = 'https://login.microsoftonline.com/common/oauth2/v2.0/token';
const GOOGLE_TOKEN = 'https://oauth2.googleapis.com/token';

/** What each fact of a file calls once folded: the SDK's product, or the URL kept. */
function folded(facts: ConnectionFact[]): string[] {
  foldSignInCalls(facts);
  return facts.map((fact) => (fact.target.url ?? `${fact.technology}`));
}

describe('a vendor token endpoint called beside its API product', () => {
  it.each<[string, ConnectionFact[], string[]]>([
    ['Microsoft token + a Graph URL: one product', [url(MS_TOKEN, 3), url('https://graph.microsoft.com/v1.0/me/calendar/events', 9)], ['Microsoft Graph', 'https://graph.microsoft.com/v1.0/me/calendar/events']],
    ['Microsoft token + the Graph SDK', [sdk('Microsoft Graph', 2), url(MS_TOKEN, 5)], ['Microsoft Graph', 'Microsoft Graph']],
    ['Google token + Calendar SDK', [url(GOOGLE_TOKEN, 4), sdk('Google Calendar', 8)], ['Google Calendar', 'Google Calendar']],
    ['Google token + accounts.google.com + Gmail SDK', [url(GOOGLE_TOKEN, 4), url('https://accounts.google.com/o/oauth2/revoke', 5), sdk('Gmail', 8)], ['Gmail', 'Gmail', 'Gmail']],
    // Two products of one vendor: which one the token is for cannot be told.
    ['Google token + Calendar and Drive', [url(GOOGLE_TOKEN, 4), sdk('Google Calendar', 8), sdk('Google Drive', 9)], [GOOGLE_TOKEN, 'Google Calendar', 'Google Drive']],
    // A sign-in with no product of the vendor is the identity platform's (Sign in with Microsoft).
    ['Microsoft token alone', [url(MS_TOKEN, 3)], [MS_TOKEN]],
    ['Microsoft token + Stripe', [url(MS_TOKEN, 3), sdk('Stripe', 6)], [MS_TOKEN, 'Stripe']],
    // Another vendor's product leaves a vendor's token endpoint as it is.
    ['Microsoft token + Google Calendar', [url(MS_TOKEN, 3), sdk('Google Calendar', 6)], [MS_TOKEN, 'Google Calendar']],
  ])('%s', (_name, facts, expected) => {
    expect(folded(facts)).toEqual(expected);
  });

  it('names the folded call as the product SDK does, a saas system', () => {
    const token = url(MS_TOKEN, 3);
    foldSignInCalls([token, sdk('Microsoft Graph', 9)]);
    expect(token).toMatchObject({ target: {}, technology: 'Microsoft Graph', targetKind: 'saas', role: 'calls', mechanism: 'rest' });
  });

  it('leaves what is not a call (a consumer, a store) alone', () => {
    const used = { ...url(MS_TOKEN, 3), role: 'uses' } as ConnectionFact;
    foldSignInCalls([used, sdk('Microsoft Graph', 9)]);
    expect(used.target.url).toBe(MS_TOKEN);
  });
});
