/**
 * Forward proxies a deployment hands its services through the environment: `HTTP_PROXY`,
 * `HTTPS_PROXY`, `ALL_PROXY` (any case) on a compose service or a Kubernetes container. HTTP
 * clients (requests, curl, Go's net/http, most others) honour them by themselves, so the variable
 * alone says the service's outgoing HTTP goes through the proxy: a REST call of it, followed
 * through the service's bindings like any key. Made only when the proxy is a system of the scan
 * (`forwardProxy`, see ConnectionFact). `NO_PROXY` lists the hosts reached *without* the proxy,
 * and says nothing about what is called.
 */
import { CONFIDENCE, type ConnectionFact, type Evidence } from '../../../core/discovery/facts.js';

/** The variables naming a forward proxy; `NO_PROXY` is not one. */
const PROXY_VARIABLE = /^(?:https?|all)_proxy$/i;

/** Whether an environment variable names the forward proxy of outgoing requests. */
export function isProxyVariable(key: string): boolean {
  return PROXY_VARIABLE.test(key);
}

/** The call of the proxy an environment variable names, for a component whose environment sets it. */
export function forwardProxyFact(component: string, key: string, evidence: Evidence): ConnectionFact {
  return {
    type: 'connection',
    component,
    target: { key },
    role: 'calls',
    mechanism: 'rest',
    technology: 'HTTP',
    forwardProxy: true,
    evidence,
    confidence: CONFIDENCE.resolved,
  };
}
