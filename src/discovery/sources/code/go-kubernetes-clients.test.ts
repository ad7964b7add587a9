import { describe, expect, it } from 'vitest';
import type { BindingFact, ConnectionFact } from '../../../core/discovery/facts.js';
import { CONFIGMAP_NAME_KEY } from '../../../core/discovery/configmap-documents.js';
import { code, readSnippet } from './code-test-support.js';
import { goCodeSource } from './go-source.js';

const connections = async (path: string, text: string) =>
  (await readSnippet(goCodeSource, path, text)).filter((fact): fact is ConnectionFact => fact.type === 'connection').map((fact) => ({ target: fact.target, role: fact.role, mechanism: fact.mechanism, technology: fact.technology }));

describe('Kubernetes API clients (control plane: no connection), OpenID Connect providers and upper/db in Go', () => {
  it.each([
    ['client-go in cluster', 'import "k8s.io/client-go/rest"', 'cfg, _ := rest.InClusterConfig()', []],
    ['client-go from a kubeconfig, then a clientset', 'import (\n"k8s.io/client-go/kubernetes"\n"k8s.io/client-go/tools/clientcmd"\n)', 'cfg, _ := clientcmd.BuildConfigFromFlags("", path)\nc, _ := kubernetes.NewForConfig(cfg)\n_ = c', []],
    ['a generated clientset', 'import (\n"k8s.io/client-go/rest"\nversioned "github.com/acme/flow/pkg/client/clientset/versioned"\n)', 'cfg, _ := rest.InClusterConfig()\nc := versioned.NewForConfigOrDie(cfg)\n_ = c', []],
    ['controller-runtime', 'import ctrl "sigs.k8s.io/controller-runtime"', 'mgr, _ := ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{})\n_ = mgr', []],
    ['a NewForConfig of another library', 'import "github.com/acme/other"', 'c, _ := other.NewForConfig(cfg)\n_ = c', []],
    ['go-oidc', 'import "github.com/coreos/go-oidc/v3/oidc"', 'p, _ := oidc.NewProvider(ctx, "https://accounts.acme.io")\n_ = p', [{ target: { url: 'https://accounts.acme.io', host: 'accounts.acme.io' }, role: 'calls', mechanism: 'rest', technology: 'OpenID Connect' }]],
    ['upper/db', 'import "github.com/upper/db/v4/adapter/postgresql"', 'settings := postgresql.ConnectionURL{Host: "archive-db", Database: "runs"}\n_ = settings', [{ target: { host: 'archive-db' }, role: 'uses', mechanism: 'database', technology: 'PostgreSQL' }]],
  ])('%s', async (_, imports, body, expected) => {
    const found = await connections('pkg/kube/client.go', `package kube\n${imports}\nfunc connect(ctx context.Context, cfg *rest.Config, path string) {\n${body}\n}\n`);
    expect(found).toEqual(expected);
  });
});

describe('the ConfigMap a program reads by its flag default', () => {
  it.each([
    ['a literal default', 'command.Flags().StringVar(&configMap, "configmap", "flow-controller-configmap", "ConfigMap name")', 'flow-controller-configmap'],
    ['a constant of another package', 'command.Flags().StringVar(&configMap, "configmap", common.ConfigMapName, "ConfigMap name")', '$ref:code:common.ConfigMapName'],
    ['a variable holding the default', 'configMapName := "flow-controller-configmap"\n command.Flags().StringVar(&configMap, "configmap", configMapName, "ConfigMap name")', 'flow-controller-configmap'],
    ['flag package', 'configMap := flag.String("config-map", "flow-cm", "ConfigMap name")\n_ = configMap', 'flow-cm'],
    ['a ConfigMap read by its name', 'cm, _ := client.CoreV1().ConfigMaps(ns).Get(ctx, "flow-settings", metav1.GetOptions{})\n_ = cm', 'flow-settings'],
    ['a ConfigMap read by a name the code is given', 'cm, _ := client.CoreV1().ConfigMaps(ns).Get(ctx, name, metav1.GetOptions{})\n_ = cm', undefined],
    ['another flag', 'command.Flags().StringVar(&configMap, "config", "flow.yaml", "config file")', undefined],
  ])('%s', async (_, line, expected) => {
    const facts = await readSnippet(goCodeSource, 'cmd/flow-controller/main.go', code`
      package main
      import (
        "flag"
        "github.com/spf13/cobra"
        "github.com/acme/flow/common"
      )
      func main() {
        var configMap string
        command := &cobra.Command{Use: "flow-controller"}
        ${line}
        command.Execute()
      }`);
    const binding = facts.find((fact): fact is BindingFact => fact.type === 'binding' && fact.key === CONFIGMAP_NAME_KEY);
    expect(binding?.value).toBe(expected);
    if (binding) expect(binding.scope).toBe('cmd/flow-controller');
  });
});

describe('a constant naming a ConfigMap, for the flag defaults of other packages', () => {
  it.each([
    ['ConfigMapName', 'flow-controller-configmap', 'flow-controller-configmap'],
    ['DefaultConfigMap', 'flow-cm', 'flow-cm'],
    ['ControllerConfigMapName', 'flow-cm', 'flow-cm'],
    ['LabelWorkflow', 'flow.dev/workflow', undefined],
  ])('%s', async (name, value, expected) => {
    // In a file of names only, which no client call makes worth reading otherwise.
    const facts = await readSnippet(goCodeSource, 'config/names.go', `package config\n\nconst (\n\t${name} = "${value}"\n\tLabelKeep = "flow.dev/keep"\n)\n`);
    const binding = facts.find((fact): fact is BindingFact => fact.type === 'binding' && fact.key === `code:config.${name}`);
    expect(binding?.value).toBe(expected);
  });
});

describe("a config struct's field given to a client's options literal", () => {
  it.each([
    ['the field itself', 'Host: cfg.Host'],
    ['the field and its port', 'Host: cfg.Host + ":" + strconv.Itoa(cfg.Port)'],
  ])('%s', async (_, element) => {
    const found = await connections('persist/archive.go', `package persist\nimport (\n"strconv"\n"github.com/upper/db/v4/adapter/postgresql"\n"github.com/acme/flow/config"\n)\nfunc Open(cfg *config.PostgreSQLConfig) {\nsettings := postgresql.ConnectionURL{${element}, Database: cfg.Database}\n_ = settings\n_ = strconv.Itoa\n}\n`);
    expect(found.map((fact) => fact.target)).toEqual([{ key: 'code:field:PostgreSQLConfig.Host' }]);
  });
});

describe('a ConfigMap flag defaulting to an env read with a default', () => {
  it('is the read default, for the command folder', async () => {
    const facts = await readSnippet(goCodeSource, 'cmd/flow-controller/main.go', code`
      package main
      import (
        "os"
        "github.com/spf13/cobra"
      )
      func envOr(name, fallback string) string {
        if value, ok := os.LookupEnv(name); ok {
          return value
        }
        return fallback
      }
      func main() {
        var configMap string
        command := &cobra.Command{Use: "flow-controller"}
        command.Flags().StringVar(&configMap, "configmap", envOr("FLOW_CONFIGMAP", "flow-controller-configmap"), "ConfigMap name")
        command.Execute()
      }`);
    const binding = facts.find((fact): fact is BindingFact => fact.type === 'binding' && fact.key === CONFIGMAP_NAME_KEY);
    expect([binding?.value, binding?.scope]).toEqual(['flow-controller-configmap', 'cmd/flow-controller']);
  });
});
