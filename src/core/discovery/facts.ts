/**
 * What discovery sources report. A source reads one file and states facts about it — a component
 * is defined here, this code calls that address, this environment binds that name — without
 * knowing anything about the other files. Resolution (resolve.ts) joins the facts of every file
 * into one graph of systems and integrations. Keeping sources this narrow is what lets each be
 * tested alone and lets a scan of 100,000 files run file by file in parallel.
 */
import type { Mechanism, SystemKind } from '../model/vocabulary.js';

/** Where a fact was read: file (relative to the scan root, `/`-separated), line (1-based), excerpt (one line, secrets masked). */
export interface Evidence {
  file: string;
  line: number;
  excerpt: string;
}

/** How sure a source is: 0-1. Sources use the named levels so that scores mean the same everywhere. */
export const CONFIDENCE = {
  /** Declared outright: a depends_on, a Backstage dependsOn, an env var naming a known service. */
  declared: 0.95,
  /** Read from code or config with a literal target: `fetch("http://cart:8080/...")`. */
  literal: 0.9,
  /** Resolved through a binding in another file: env var or config key followed to its value. */
  resolved: 0.85,
  /** Inferred: a client of a technology whose target could not be followed. */
  inferred: 0.6,
  /** A guess from naming alone. */
  weak: 0.4,
} as const;

/**
 * A deployable unit, datastore, broker or outside party the files define or name: a compose
 * service, a Kubernetes Deployment, a Terraform queue, a Backstage component, a project folder.
 */
export interface ComponentFact {
  type: 'component';
  /** The name as the file spells it; resolution merges spellings of one system. */
  name: string;
  /**
   * The base names of the archives a project's build makes (a Gradle project's name, its
   * `archiveBaseName`/`archiveFileName`; a Maven `artifactId` or `finalName`): an image copying
   * one in runs this project (ImageBuildFact.artifacts).
   */
  artifacts?: string[];
  kind: SystemKind;
  /** Folder (relative, `/`-separated, no trailing slash; '' for the root) whose code belongs to this component. */
  root?: string;
  /**
   * A service of a Compose file, however the file is named (`docker-compose.yml`, or a
   * `docker-catalog.yml` that is Compose only by its content): resolution tells one Compose
   * project's services apart by it.
   */
  composeService?: true;
  /**
   * A program of a container running several under a process manager (core/discovery/program-split.ts)
   * that is no part of its folder's codebase (a reverse proxy): it runs none of the code.
   */
  runsNoCode?: true;
  /**
   * The root is a build argument's value (`SERVICE_PATH: admin/interface`), which the Dockerfile may
   * take relative to a folder of its own, or a folder a Jinja template's rendered file names (a
   * mounted `./common/config/nginx`, its last folder kept): where the scan holds no file there,
   * resolution looks for the one folder ending with it (resolve.ts, relocateEmptyRoots).
   */
  rootFromBuildArgument?: boolean;
  /** Other names the same component answers to: DNS names, image names, Kubernetes Service names. */
  aliases?: string[];
  /** Product or protocol, e.g. "PostgreSQL", "Kafka", "Azure Service Bus". */
  technology?: string;
  /**
   * Ports the component listens on inside its network (compose `ports` targets and `expose`). Not
   * who calls it, but what a bare "depends on" it most likely means: 5432 is a database, 9092 Kafka.
   */
  ports?: number[];
  /**
   * Ports the host publishes the component on (compose `"3000:4000"` → host 3000, container 4000):
   * where a browser on that host reaches it as `localhost:3000` (browser-apps.ts, browserFacingUrl).
   */
  published?: { host: number; container: number }[];
  /** Labels a workload carries (Kubernetes pod labels), for matching selectors. */
  labels?: Record<string, string>;
  /**
   * A selector this name routes to (a Kubernetes Service): resolution makes the name an alias of
   * every component whose labels match, instead of a component of its own.
   */
  selector?: Record<string, string>;
  /**
   * A library project (a .NET class library: no web or worker SDK, no `OutputType` Exe): built into
   * the services that reference it, deployed nowhere. Unless another fact defines the same system
   * (a compose service, a manifest), it is not a system, and code under its root makes no edges.
   */
  library?: boolean;
  /**
   * A single-page app's project (a `package.json` with a UI framework and a browser bundler such as
   * react-scripts or Vite, and no server framework or server-side rendering): its code runs in
   * users' browsers, which are no system, so its connections make no edges (browser-apps.ts).
   */
  browserApp?: boolean;
  /**
   * A Go module (a `go.mod`). When every fact defining the system says so and code under its root
   * sits in `cmd/<name>/` folders named like other systems, or several deployments build its folder
   * (one image, each service choosing what to run by its command line or environment), it is only
   * the shared module those deployables are built from, and is treated as a library.
   */
  goModule?: boolean;
  /**
   * A Go module's path (`github.com/acme/shop`, the `module` line of its `go.mod`): with the folder
   * of a package it gives the package's import path, which tells apart two packages of one name
   * (`internal/counter/app` and `internal/barista/app`, both `app`; see go-packages.ts).
   */
  modulePath?: string;
  /**
   * What a compose file wrote with variables in it (`image: ${IMAGE_NAME}:${DEMO_VERSION}-cart`,
   * `ports: ["${CART_PORT}"]`): resolution fills them from the `.env` beside the file and takes
   * the kind, aliases and ports from the result (compose-interpolation.ts). `aliases` are names
   * written with a variable (`networks: {meet: {aliases: ["${XMPP_SERVER:-xmpp.meet}"]}}`, a
   * `container_name: ${PROJECT}-cart`): each is an alias once nothing in it is left unset.
   */
  compose?: { image?: string; ports?: string[]; aliases?: string[] };
  /**
   * The image a compose service runs, by name without tag or digest (`ghcr.io/acme/app-server`):
   * a service only naming the image another service builds, in this compose file or another
   * (`docker-compose.dev.yml` building `./server` as the same service or the same image), runs
   * that service's code (see resolve.ts, shareBuiltImages). Only an application's image.
   */
  composeImage?: string;
  /**
   * The command line (entrypoint then command words) a service only naming an image runs it with
   * (`[bundle, exec, puma, -C, config/puma.rb]`, `[/opt/app/venv/bin/python, /opt/app/app/manage.py,
   * rqworker]`): its paths in the image tell the Dockerfile whose code it runs (image-runner-folders.ts).
   */
  command?: string[];
  /**
   * The Dockerfile (path from the scan root) the component's image is built from: a compose
   * service's `build` (context and `dockerfile`), or, on the component a Dockerfile says it is (a
   * team's image built FROM a datastore or broker), that file. Resolution gives the service
   * building it that kind (built-images.ts).
   */
  dockerfile?: string;
  /**
   * A deployable made from a named Dockerfile building a Go program that no deployment runs
   * (standalone-go-images.ts): its image is built from `dockerfile` even when its evidence is that file.
   */
  standaloneImage?: true;
  /**
   * The build context a compose service builds `dockerfile` in (path from the scan root): where the
   * Dockerfile's COPY sources are, kept even when the context is shared and `root` says less.
   */
  buildContext?: string;
  /**
   * The build arguments a compose service's `build.args` passes to that Dockerfile (`SERVICE_NAME:
   * ender`, or `- SERVICE_NAME=ender`), by name, values holding no variable: as a build command's
   * `--build-arg` (ImageBuildFact.buildArguments), they choose the package a Dockerfile building
   * `./cmd/$SERVICE_NAME` compiles for this service (go-binaries.ts).
   */
  buildArguments?: Record<string, string>;
  /**
   * A job that runs once and exits (a migration, a seed, a topic or bucket setup; compose-jobs.ts):
   * depending on it orders the start of its dependants, and is no integration with it.
   */
  runsOnce?: boolean;
  /**
   * The name is only a handle the file gives the thing, not what anybody calls the system: a
   * Terraform resource label, or the literal part of an identifier built from variables
   * (`"${var.env}-catalog"`). Infrastructure is often labelled after the service that uses it
   * (`resource "aws_db_instance" "catalog"` for the `catalog` service's database), so where a
   * component of another kind is defined under the same name, this one is not merged into it but
   * takes `distinctName` (`catalog-mysql`), and the references of its own module follow it.
   */
  labelled?: { distinctName: string };
  /**
   * A Helm chart's workload named by the release: `whole` for one named by the release's fullname
   * alone (`{{ include "desk.fullname" . }}`, rendering `desk`, or `desk-desk` by a helper always
   * prefixing the release), `suffixed` for `{{ include "desk.fullname" . }}-worker` (named
   * `worker`). Resolution joins it with the compose service running the same image with the same
   * command (role-switches.ts, sameChartRoles).
   */
  chartWorkload?: 'whole' | 'suffixed';
  /**
   * Read from a project file (a `.csproj`, `package.json`, `pom.xml`, `go.mod`…), which says the
   * folder is one buildable unit, not that anything deploys it.
   */
  project?: boolean;
  /**
   * The projects this one builds in, by the name each is known by (a `.csproj`'s
   * `ProjectReference`, an npm dependency, a Maven `<dependency>`'s artifactId, a Gradle
   * `project(':common')`, a Go module `replace`d by a local folder), with the line saying so. A
   * referenced project nothing deploys is a library whose connections are the referencing
   * service's (see CodeNamesFact). `builtIn`: a reference only a library can answer (a Maven, Gradle
   * or Go module dependency), so the module referenced is one even without a marker of its own.
   * `npmPackage`: an npm dependency's package name as written (`@acme/backend-core`), which a
   * workspace package of the scan declaring that name answers whatever the version asked.
   * `pythonPackage`: a Python requirement's distribution name, normalised (PEP 503), which a
   * project of the scan declaring that distribution answers whatever the version pinned
   * (python-distributions.ts); one nothing declares is a package from the index, no reference.
   */
  references?: { name: string; evidence: Evidence; builtIn?: boolean; npmPackage?: string; pythonPackage?: string }[];
  evidence: Evidence;
  confidence: number;
}

/**
 * The key prefix of a binding that gives a compose service another name for a linked one
 * (`links: ["redis:cache"]`, `external_links: ["mysql:db"]`): `compose-link:cache` = `redis`. The
 * alias is a host name only inside the linking service's container, so it names the linked
 * service only for that service's own addresses.
 */
export const LINK_ALIAS_KEY = 'compose-link:';

/**
 * The key prefix of a binding that says which service a sidecar on this machine forwards a local
 * port to, for one component: Consul Connect's pod annotation
 * `consul.hashicorp.com/connect-service-upstreams: "public-api:8080"` is `mesh-upstream:8080` =
 * `public-api`. The component's addresses on `localhost:8080` (`127.0.0.1:8080`) name that service.
 */
export const MESH_UPSTREAM_KEY = 'mesh-upstream:';

/**
 * The key of a binding saying a component shares another's network namespace (compose
 * `network_mode: "service:api"`): `network-peer` = `api`. Its loopback addresses on a port the other
 * listens on (`http://127.0.0.1:7000`) name that other (network-peers.ts).
 */
export const NETWORK_PEER_KEY = 'network-peer';

/**
 * The key of a binding holding the words of a component's command line that are not flags
 * (`command: ["orders", "--port", "8080"]` → `orders 8080`): a cobra or urfave/cli subcommand the
 * program runs is one of them, whatever the program itself is called (see FactCondition `word`).
 */
export const COMMAND_WORDS_KEY = 'command-line:words';

/**
 * The key of a binding holding the name a component runs its program as: the file name of the
 * first word of its command line, past launchers (`command: ["/usr/local/bin/acme-server"]` →
 * `acme-server`). A multi-call binary (busybox-style: one Go `main` switching on
 * `filepath.Base(os.Args[0])`, the image linking each component's name to it) runs the branch of
 * that name; Go code reading `os.Args[0]` reads this key.
 */
export const COMMAND_PROGRAM_KEY = 'command-line:program';

/**
 * A name bound to a value for a component: an environment variable, a config key, a connection
 * string. Code that reads the name is joined to the value through it.
 */
export interface BindingFact {
  type: 'binding';
  /** The component the binding belongs to, when the file says (a compose service's environment). */
  component?: string;
  /** Otherwise the folder it applies to (a `.env` or `application.yml` applies to its folder and below). */
  scope?: string;
  /**
   * Otherwise the named set of bindings it belongs to (`configmap:service-api-config`,
   * `secret:jwt-key`): a Kubernetes ConfigMap or Secret defined in one file and taken in by
   * workloads in others. Such a binding applies to nothing until a component includes the group
   * with a binding whose value is `$group:NAME` (all keys, the binding's key ending in `*` being
   * a prefix) or `$group:NAME#KEY` (one key, bound under the binding's own key).
   */
  group?: string;
  /** The name, e.g. `CART_ADDR`, `spring.datasource.url`, `ConnectionStrings:Orders`. */
  key: string;
  /**
   * The value with any secret masked (hosts, ports and paths are kept), or `$ref:OTHER_KEY` when
   * the name only passes on another (a field set from an env var): resolution follows it.
   */
  value: string;
  /**
   * Used only when no other binding of the key applies: a parameter's position standing in for its
   * keyword (`code:init:PatientDb#1` → `$ref:code:init:PatientDb#uri`), which callers giving the
   * argument by position bind outright.
   */
  fallback?: boolean;
  /**
   * A reference to an env var that, when the component has a value for it, wins over every settings
   * file of any folder: a Go config struct's `env:"PG_DSN_URL"` tag, which cleanenv, envconfig and
   * caarlos0/env read over `config.yml`. Tried before the other bindings of its key; when nothing
   * sets the variable for the component, it gives way to them.
   */
  overrides?: boolean;
  /**
   * A Go config struct's tag (go-config-structs.ts), read by any package of its module: the source
   * scopes it by the path's shape (`svc/` of `svc/internal/config`), resolution to the folder of
   * the module's `go.mod` when it knows one holding the file (`common/config.go` of a root module).
   */
  goModuleWide?: boolean;
  /**
   * A compose environment value as written (masked), holding variables that resolution fills from
   * the `.env` beside the file (compose-interpolation.ts); `value` is what it is with none set.
   * A pass-through entry (`- CART_ADDR`, no value) binds nothing unless the `.env` sets it.
   */
  compose?: { written: string; passThrough?: boolean };
  /**
   * A settings value as written when it holds property expressions
   * (`http://${FLIGHT_SERVICE:localhost:9083/flight}`); `value` has the defaults filled in, and
   * resolution puts in what the component's configuration binds for each name instead
   * (property-expressions.ts).
   */
  expression?: string;
  /**
   * The environment (profile) whose settings file holds the binding: `docker` for
   * `application-docker.yml`. Such a binding wins over the plain file's when the deployment
   * activates the environment (`MICRONAUT_ENVIRONMENTS`, `SPRING_PROFILES_ACTIVE`), and yields to
   * it when the deployment activates others.
   */
  profile?: string;
  /**
   * A Quarkus profile's key (`%kubernetes.x`, quarkus-profiles.ts): the binding applies only while
   * `profile` is active (`prod` when the deployment chooses none), and then wins over the plain key.
   */
  profileOnly?: boolean;
  /**
   * A binding of a per-service env template (`templates/core/env.jinja`): `<folder>/<name>` of the
   * file it renders to (`core/env`). Resolution gives it to each compose service whose `env_file:`
   * ends with that path (`./common/config/core/env`), else to the service named like the folder
   * (rendered-templates.ts); until then it is scoped to the template's folder.
   */
  renderedAs?: string;
  /**
   * A variable an install script writes to a file outside the repository (`echo "KEY=v" >>
   * /opt/acme/env`, a heredoc into `$BASE/env`): that path, as written. Resolution gives it to each
   * compose service whose `env_file:` outside the repository has the same file name
   * (install-env-templates.ts); until then it is scoped to the script's folder.
   */
  writtenTo?: string;
  /**
   * The name holds whether settings pass these tests, all of them (a feature flag defined as a
   * comparison: `ENABLE_UNSPLASH = os.environ.get("ENABLE_UNSPLASH", "0") == "1"`,
   * `{ enabled: process.env.SMS_ENABLED === 'true' }`): a branch testing the name for truth is
   * tested on the settings instead (flag-conditions.ts). `value` refers to the first one's key.
   */
  flag?: FactCondition[];
  /**
   * A Kubernetes service link (`FLOW_API_SERVICE_HOST`) the kubelet sets in the workload's pods
   * (service-links.ts): the workload's own, and no guess for components the kubelet gives none.
   */
  serviceLink?: true;
  evidence: Evidence;
}

/**
 * The section a .NET options class stands for when it is bound to the whole configuration
 * (`services.Configure<Settings>(builder.Configuration)`): its members are top-level settings
 * (`ProductsApiUrl`), not a section's (`Services:PackageServiceUri`).
 */
export const CONFIGURATION_ROOT = '(configuration root)';

/** How the target of a connection is named; resolution follows whichever parts are present. */
export interface TargetRef {
  /** A host name or address, e.g. `cart`, `cart.default.svc.cluster.local`, `api.stripe.com`. */
  host?: string;
  port?: number;
  /** A full URL or connection string (secrets masked). */
  url?: string;
  /**
   * An environment variable or config key to look up in the bindings, e.g. `CART_ADDR`. With a
   * `host` as well, the key is tried first and the host taken only when nothing binds the key (an
   * nginx `proxy_pass http://backend` is an `upstream backend` of another file, or a host).
   */
  key?: string;
  /** A component named directly, e.g. compose `depends_on: [cart]` or a Backstage ref. */
  component?: string;
  /**
   * With a public `url`: the env var read first, the url being only its default
   * (`process.env.X || "https://playground.acme.dev"`); the variable wins where the deployment sets
   * it to one of its own systems (public-defaults.ts).
   */
  unlessSet?: string;
}

/** What a connection does, which decides the direction of the integration it becomes. */
export type ConnectionRole =
  /** Request-response: the caller is the source, the callee the target. */
  | 'calls'
  /** Sends messages to a channel on a broker: producer → broker. */
  | 'produces'
  /** Receives messages from a channel on a broker: broker → consumer. */
  | 'consumes'
  /** Uses a datastore, file store or mail server: the user is the source. */
  | 'uses'
  /** Declared to depend on, with no more said (compose depends_on, Backstage dependsOn). */
  | 'depends';

/**
 * A setting a branch of code depends on: `if (configuration.GetValue<bool>("AzureServiceBusEnabled"))`,
 * `process.env.QUEUE_KIND === 'sqs' ? … : …`. A connection made only in that branch is made only
 * when the setting has that value (see ConnectionFact.conditions).
 */
export interface FactCondition {
  /** The environment variable or configuration key read, as code reads it. */
  key: string;
  /**
   * What the value is tested for: equal to a text, or to one of several (a Go `case "a", "b":`);
   * holding a word among its blank-separated words (a subcommand among COMMAND_WORDS_KEY's); a true boolean (`GetValue<bool>`, Go and Java
   * booleans: `true`, `1`, `yes`, `on`); or set at all (a JavaScript `process.env.X` is true when not empty).
   */
  test: { equals: string } | { oneOf: string[] } | { word: string } | 'true' | 'set';
  /** The branch runs when the test fails (an `else`, `!x`, `!==`). */
  negated?: boolean;
  /**
   * The setting is read with no default, so that unset it is empty (a Python settings module's
   * `GS_BUCKET_NAME = os.environ.get("GS_BUCKET_NAME")` tested by `if GS_BUCKET_NAME:`): where
   * nothing binds it, the test is made on the empty value instead of keeping both branches.
   */
  unsetIsEmpty?: boolean;
  /**
   * The value the code takes where nothing binds the setting, as it states it
   * (`configuration["MessageBus:Provider"] ?? "AzureServiceBus"`, `GetValue<bool>("X", true)`):
   * the test is then made on it instead of keeping both branches.
   */
  unsetValue?: string;
  /**
   * The setting read when nothing binds `key`: an env var overriding another value
   * (`binaryName := filepath.Base(os.Args[0])`, then `if v := os.Getenv("ACME_BINARY_NAME"); v != "" { binaryName = v }`
   * tests ACME_BINARY_NAME, else the program's name).
   */
  fallbackKey?: string;
  /**
   * The setting holds a comma-separated list (`SPAN_STORAGE_TYPE=cassandra,kafka`) and the test is
   * of its items: it holds when one of them passes (`equals`, `oneOf`).
   */
  listed?: boolean;
  /** The value is compared ignoring case (`os.getenv("X", "false").lower() in ("1", "true")`). */
  caseless?: boolean;
  /**
   * The test is a call of a predicate of the project's own, given literals (`isEnabled('CHECK_FOR_UPDATES', true)`,
   * `has_apns_credentials()`): resolution puts the test the function's body makes in its place
   * (flag-conditions.ts); where no such function is found, `key` and `test` stand, as read at the call.
   */
  call?: { name: string; args: string[] };
}

/**
 * The component of a Kafka connector's connections when its file names no Connect worker (a JSON
 * configuration submitted to the worker's REST API): resolution gives them to the scan's one
 * Kafka Connect worker, else to a system of this name.
 */
export const KAFKA_CONNECT_WORKER = 'kafka-connect';

/** A connection a component makes to something else. */
export interface ConnectionFact {
  type: 'connection';
  /** The component making it, when the file says; otherwise the component whose root holds the file. */
  component?: string;
  /**
   * Otherwise the group of bindings whose file says it (`spring-config:orders`, a file a Spring
   * Cloud Config Server serves): the connection is made by each component that takes the group
   * in, and by nobody when none does (not by the component whose folder holds the file).
   */
  group?: string;
  target: TargetRef;
  role: ConnectionRole;
  mechanism: Mechanism;
  /** Product or protocol, e.g. "Kafka", "gRPC", "PostgreSQL", "SFTP". */
  technology?: string;
  /** The topic, queue, subject, bucket or table the connection works on. */
  channel?: string;
  /** The kind of system the target is, when the connection says (a Kafka producer's target is a broker). */
  targetKind?: SystemKind;
  /**
   * The class whose method makes the connection (a shared library's base `Publisher`): in a
   * library, what the services subclassing it do (see SubclassFact).
   */
  inClass?: string;
  /** The field of that class the channel is read from (`this.subject`), which each subclass sets. */
  channelField?: string;
  /**
   * Only says where a broker or store is (a client constructed, `nats.connect(…, { url })`), with
   * nothing sent or read in the file: no integration of its own, but the address of the component's
   * connections of the same technology made through a library's classes.
   */
  endpoint?: boolean;
  /**
   * A .NET service bus (MassTransit, NServiceBus) whose consumers and senders name only message
   * types: on a connection of technology `MassTransit` or `NServiceBus`, the bus it is made through;
   * on an `endpoint` fact, the bus whose transport it configures (its technology the transport's,
   * `In-memory` for one without a broker). Resolution gives the first the second's technology and
   * broker, for the component configuring it, wherever in its code each is written.
   */
  bus?: string;
  /**
   * An Apache Camel endpoint whose URI is a setting (`to("{{billing.uri}}")`): which component,
   * and so which connection, is known only once resolution fills the URI from the component's
   * configuration (camel-endpoints.ts); role, mechanism and target are then taken from it, and
   * the connection is dropped when the URI stays unknown or names an internal component.
   */
  camelUri?: { uri: string; side: 'consumer' | 'producer' };
  /**
   * The code making the connection runs only when all of these hold (it is inside an `if` or a
   * conditional on a setting): resolution drops the connection when the component's configuration
   * gives a value that fails one, and keeps it when the values are not known.
   */
  conditions?: FactCondition[];
  /** The environment (profile) whose settings file says it (`application-dev.yml`): not made where the deployment activates only others. */
  profile?: string;
  /** A Quarkus profile's key (`%kubernetes.x`): made only while `profile` is active (quarkus-profiles.ts). */
  profileOnly?: boolean;
  /** A plain settings key that these Quarkus profiles set too: not made while one of them is active. */
  unlessProfiles?: string[];
  /**
   * A compose depends_on inherited from defaults merged into several services (`<<: *defaults`):
   * the stack's start order, so resolution keeps it only where the service's own settings
   * (environment, env_file) address the target.
   */
  sharedDefault?: boolean;
  /**
   * A connection inside an observability product's own deployment, read from its image's settings
   * (telemetry-backends.ts: the OAP's `SW_STORAGE` store, the UI's `SW_OAP_ADDRESS`): it stands
   * though its ends are telemetry.
   */
  telemetryPipeline?: boolean;
  /**
   * A .NET named HttpClient (named-clients.ts): on a call, the client it is registered as
   * (`AddHttpClient("products", c => c.BaseAddress = …)`), made only when the component's code
   * creates a client of that name; with `use`, not a connection but the creation of a client by
   * name (`factory.CreateClient("products")`, `name` empty when the name is not known).
   */
  namedClient?: { name: string; use?: boolean };
  /**
   * The call reads or writes data in the store (a Redis `get`, `hset`, a leaderboard's `zadd`),
   * rather than only making a client or naming where the store is: a component that also
   * messages through the store keeps its use of it as a database only with such a call.
   */
  dataAccess?: boolean;
  /**
   * Messaging through a datastore (a Redis list, stream or channel) by code whose data calls are
   * marked `dataAccess`: the component uses the store only as a broker, and its client, settings
   * and depends_on there make no database use, unless one of its calls is marked.
   */
  throughStore?: boolean;
  /**
   * A job queue a shared library makes and hands on (`createQueue(name)` returning a Bull queue):
   * its role is the calling service's, by the methods that service calls on it (`add` produces,
   * `process` consumes; library-reach.ts). `adapters`: a Redis client the library makes and hands
   * on (`export const redisClient = () => new Redis(url)`) is the pub/sub bus of a service giving it
   * to one of these (`createAdapter`, `RedisPubSub`): messaging both ways there, and still a
   * database use only for a service also calling a data command (`get`, `hset`…).
   */
  rolesByCaller?: { produces: readonly string[]; consumes: readonly string[]; adapters?: readonly string[]; mechanism?: 'messaging'; factory?: string };
  /**
   * Which of the processes a codebase runs as make it, where several deployables run one codebase
   * (one build context, each with its own command: `uvicorn shop.asgi:application` and `celery
   * --app shop.celeryconf:app worker`): `every` — a framework's settings module every process
   * loads (Django's DATABASES, CACHES, STORAGES), made by each of them; `worker` — the body of a
   * background task (a Celery `@shared_task`), made by the deployables running a task worker;
   * `entry:<file>` — code a process started at that file runs (a Django management command,
   * `python -m module`: core/discovery/python-entries.ts), made by the deployables starting it.
   * `clock` — a Ruby scheduler's schedule (clockwork's `every(1.hour, 'x') { Job.perform_later }`),
   * made by the deployables running that scheduler (`bundle exec clockwork clock.rb`).
   * Unmarked code is the web process's (core/discovery/shared-codebase.ts).
   */
  runsIn?: 'every' | 'worker' | 'clock' | `entry:${string}`;
  /**
   * Of the Sidekiq processes running code marked `runsIn: 'worker'`, only those listening to one of
   * these queues make it (a job's `queue_as :events`, what only such jobs reach; core/discovery/
   * rails-reach.ts, sidekiq-queues.ts). Unset: every worker, as when a job's queue cannot be read.
   */
  queues?: readonly string[];
  /**
   * A database the framework's migrations are applied to (Django's `DATABASES`): of a settings
   * module's connections, the only one a process that just applies them (`manage.py migrate`) makes.
   */
  migrated?: boolean;
  /**
   * The target is a forward proxy the component's outgoing HTTP goes through (`HTTP_PROXY`, a
   * client's `proxy=` setting): a call of it only when the files deploy it (a Squid `ssrf_proxy`
   * service); an office's proxy outside the scan is the network's, no system, and makes no edge.
   */
  forwardProxy?: boolean;
  /**
   * A self-hosted product's anonymous usage telemetry or update check sent to its vendor (the URL
   * read from `TELEMETRY_URL`, `UPDATES_URL`, made in `checkUpdates` or a `telemetry.py`:
   * sources/code/phone-home.ts): the product reporting about itself, a call only when its host is a
   * system the files deploy; the vendor's endpoint outside the scan makes no edge and no system.
   */
  phoneHome?: boolean;
  /**
   * The one SaaS vendor's API host the file's code names in its literals (`%r{\Ahttps://hooks\.slack\.com/}`)
   * when this call's address is read at run time (a webhook URL kept in the product's database):
   * the call's target when nothing binds its setting (sources/code/vendor-mentions.ts).
   */
  vendorHost?: string;
  /**
   * The mechanism is a guess from the client's name (Go's `orders.NewOrdersClient(addr)` read as a
   * generated gRPC stub): an address with an explicit `http://` or `https://` scheme, written or
   * bound (`SHOP_ORDERS_SERVICE_ADDR=http://orders:8080`), says the client speaks HTTP, a rest call.
   */
  schemeDecides?: boolean;
  /**
   * Read from a setting only its key's name says is an identity provider's issuer, token or key
   * endpoint (identity-settings.ts), whatever reads it: a call only when its value is an HTTP URL
   * reaching a system the files deploy or a known identity-provider vendor; a public login host
   * outside the scan is where browsers sign in, not a system of the deployment.
   */
  identityEndpoint?: boolean;
  /**
   * A gateway's or reverse proxy's route (gateways/routes.ts): it forwards its clients' requests
   * as they come, so a route to a database's HTTP API (Caddy in front of Meilisearch) stays a call
   * rather than a use of the store.
   */
  routed?: boolean;
  /**
   * The path prefix of the gateway route (an nginx `location /api/`): browser code of a bundle
   * calling a relative path under it reaches the route's target (browser-apps.ts, withBundledFrontEnds).
   */
  routePath?: string;
  /**
   * A call whose address is only a path on the site that served the code (`fetch('/api/x')`,
   * `axios.create({ baseURL: '/api' })`, `new WebSocket('/live')`): made to whoever serves that
   * path, known only for a browser bundle served by a deployable (browser-apps.ts).
   */
  relativePath?: string;
  /**
   * The proxy product (its technology as images name it: `NGINX`, `Kong`) whose configuration file
   * states the connection, when the file names no component: the connection is made by a
   * component running that configuration, never by the deployables of a codebase that merely
   * holds the file (gateway-config.ts).
   */
  gatewayConfig?: string;
  evidence: Evidence;
  confidence: number;
}

/**
 * A class extends another by name (`class OrderCreatedPublisher extends Publisher<…>`), with the
 * fields it sets to a literal or a constant (`subject = Subjects.OrderCreated`). When the base is
 * a library's class whose methods publish or subscribe, the component holding the subclass does.
 */
export interface SubclassFact {
  type: 'subclass';
  /** The subclass's own name. */
  name: string;
  /** The base class's name, last segment only, type arguments removed. */
  base: string;
  /** Field names to a literal (`literal:…`) or a constant to look up in the bindings (`$ref:KEY`). */
  fields: Record<string, string>;
  evidence: Evidence;
}

/**
 * A declaration of code: a type (class, interface, struct, record) or a function (a free
 * function, a method). What a shared library's services can name, and what its own code names in turn.
 */
export interface CodeDeclaration {
  name: string;
  kind: 'type' | 'function';
  /** The type holding a method. */
  parent?: string;
  /** A function called by its name alone: a free function, a C# extension method. */
  static?: boolean;
  /** A type's constructor (`__init__`, `constructor`, a C# or Java constructor): runs whenever the type is used. */
  initialiser?: boolean;
  /**
   * A module's instance (`export const api = new NetworkApi()`): naming it is naming its class, so
   * the caller's names, not the instance's, decide which of the class's methods run.
   */
  instance?: boolean;
  /** The types a type extends or implements, last segment only, type arguments removed. */
  bases?: string[];
  /** A constructor's (or a Spring `@Bean` method's) parameter types, last segment, without type arguments (`HttpClient`, `IOptions`). */
  takes?: string[];
  /** A Spring `@Bean` method's return type, last segment (`RestClient`): the bean it makes. */
  provides?: string;
  /** The names its code uses (types, calls, members), its own name left out. */
  references: string[];
  /** First and last line (1-based). */
  line: number;
  endLine: number;
  /**
   * The settings this code runs under, when it is a branch chosen by configuration: a Go `case
   * "orders":` of `switch *service` runs only where the flag or env var read has that value.
   * Reached only for a service whose settings do not rule it out (conditions.ts).
   */
  conditions?: FactCondition[];
}

/**
 * What one code file declares and what it names, so that resolution can tell which of a shared
 * library's entry points (types, extension or static methods, functions) a service's code uses, and
 * follow them through the library to the connections they make (library-reach.ts).
 */
/** How CodeNamesFact.uses holds a method called on a value (`.process()`), told apart from a bare name. */
export function calledMethod(name: string): string {
  return `.${name}()`;
}

export interface CodeNamesFact {
  type: 'code-names';
  declarations: CodeDeclaration[];
  /**
   * Every name the file uses that it does not declare, with the first line using it; a method
   * the file calls on something (`queue.process(…)`) is also under `calledMethod(name)`.
   */
  uses: Record<string, number>;
  /**
   * A Go file's package name and the import path of each package it names, by the name it names
   * it under (`app` → `github.com/acme/shop/internal/counter/app`). Names are written qualified by
   * package name (`app.New`); resolution requalifies them by import path where the scan holds the
   * module (go-packages.ts), so that two packages named `app` are not one.
   */
  go?: { package: string; imports: Record<string, string> };
  /**
   * The file's functions that run as background tasks (a Celery `@shared_task`), named by a
   * framework's reader (django-celery.ts) in a code-names fact of its own: the functions of other
   * files they call run in the task worker too (task-reach.ts).
   */
  tasks?: string[];
  /**
   * The subcommands of a command-line tool the file declares (a click or typer `@group.command()`,
   * an argparse `add_parser("x").set_defaults(func=f)`), read by python-cli.ts in a code-names fact
   * of its own: a deployable whose command line names the word runs the function (core/discovery/python-cli.ts).
   */
  commands?: CliCommand[];
  /** The file's module-level functions that start a known process in code, by name: `worker`, `beat`, `web`, or several (`worker,beat`). */
  starts?: Record<string, string>;
  /**
   * Where a Rails application's layout runs the file (rails-roles.ts): `web` (controllers, GraphQL),
   * `worker` (jobs), `shared` (models, services, mailers, `lib/`: where the web and job code naming
   * it run, core/discovery/rails-reach.ts), `every` (`config/`). Its one declaration is the
   * constant Zeitwerk loads from the path (`app/services/invoices/generate_pdf_service.rb` →
   * `Invoices::GeneratePdfService`), referencing the constants the file names, each as every
   * constant Ruby's lexical lookup may take it for.
   */
  rails?: 'web' | 'worker' | 'shared' | 'every';
  /**
   * A Rails job class's queue as written (rails-roles.ts): `queue` from `queue_as :events` or
   * `sidekiq_options queue: 'events'` (`*` when not a literal: a constant, a method, a block),
   * unset when the class declares none (it inherits its parent's: `parent`, the superclass as
   * written, unset for a class only including `Sidekiq::Job`). `mailQueue`: a settings file's
   * `deliver_later_queue_name` (`*` when not a literal).
   */
  railsJob?: { queue?: string; parent?: string; mailQueue?: string };
  /**
   * The constants a Rails settings file hands the web process (rails-entries.ts): its Rack
   * middleware (`config.middleware.use Middleware::RateLimiter`) and what its routing blocks name
   * (`constraints AdminConstraint.new`), as written: where rails-reach.ts starts the web
   * process's code besides the controllers.
   */
  railsWeb?: string[];
  evidence: Evidence;
}

/** A subcommand of a command-line tool: the word running it and its function. */
export interface CliCommand {
  word: string;
  /** A module-level function of the declaring file (`worker`), or one of a module it imports (`scheduler_cmd.run`); for a JavaScript/TypeScript subcommand, its handler as written. */
  function: string;
  line: number;
  /**
   * A JavaScript or TypeScript subcommand's code (node-cli.ts): the modules its handler loads, as
   * the module-imports fact gives a file's (relative ones resolved against the declaring file's
   * folder, bare ones as written); an oclif command class's file is its own.
   */
  loads?: { files: string[]; bare?: string[] };
  /**
   * A service map's entry rather than a subcommand (node-cli.ts): `registry` is the map's name
   * (`services` of `services/index.ts`), which the option choosing entries is named after
   * (`--services=web,worker`, `SERVICES=worker`); an entry with no `loads` gives the list taken
   * when neither is set (`defaults`).
   */
  registry?: string;
  defaults?: string[];
}

/** An interface a component offers: an OpenAPI document, a gRPC service, a GraphQL schema, an AsyncAPI channel. */
export interface ProvidesFact {
  type: 'provides';
  component?: string;
  /** The interface's name, e.g. the OpenAPI title or `hipstershop.CartService`. */
  api: string;
  protocol: 'rest' | 'grpc' | 'graphql' | 'soap' | 'async';
  /** For gRPC and AsyncAPI: the names a client uses to reach it (service names, channels). */
  names?: string[];
  evidence: Evidence;
}

/** What part of the control plane a component built in-house plays (see ControlPlaneFact). */
export type ControlPlaneRole = 'registry' | 'config' | 'monitoring' | 'tracing';

/**
 * A component is a control-plane server the team builds itself from a framework (a Spring Boot
 * app with `@EnableEurekaServer` or `@EnableConfigServer`, a build depending on
 * `spring-boot-admin-starter-server`), where no image says so. Services register with it, fetch
 * their settings from it or report health and spans to it, but no business data flows through
 * it: it stays a system, with no integrations in either direction.
 */
export interface ControlPlaneFact {
  type: 'control-plane';
  /** The component, when the file says; otherwise the component whose root holds the file. */
  component?: string;
  role: ControlPlaneRole;
  /** What it is, e.g. "Spring Cloud Config Server", "Eureka", "Spring Boot Admin", "Zipkin". */
  technology: string;
  evidence: Evidence;
}

/**
 * Traffic for one host is sent to others by the platform, not by the caller: an Istio mesh
 * VirtualService whose routes send host `a` to destination `b`. Callers of `a` reach `b`, so each
 * call resolved to the system `a` names is a call of every destination instead (and of `a` too
 * when it is among them). Splitting a host's traffic between its own subsets or versions is no
 * reroute and is not reported.
 */
export interface RerouteFact {
  type: 'reroute';
  /** The host callers address (`reviews`, `reviews.shop.svc.cluster.local`). */
  host: string;
  /** Where the traffic goes. */
  destinations: { host: string; port?: number }[];
  evidence: Evidence;
}

/**
 * Code that runs as a named unit of a framework loading several units into one process, each
 * deployment choosing its units by a setting: a Moleculer service (`name: "users"`) that
 * moleculer-runner loads when `SERVICES` lists it (`SERVICES=users,articles`), one image run as
 * several containers. The connections of `files` (the unit's own file and the mixins it builds
 * in) are made by every component whose binding of `setting` lists the unit, and by nobody else
 * (a mixin's database is not the gateway's even when the same env file is given to both). `*`
 * is every unit (the shared broker configuration). When no component's binding lists the unit,
 * the files belong to whoever holds them, as any code does.
 */
export interface UnitFact {
  type: 'unit';
  name: string;
  setting: string;
  /** Paths relative to the scan root; a module path may lack its extension (`mixins/db.mixin`). */
  files: string[];
  evidence: Evidence;
}

/**
 * What is known of the image a Dockerfile builds, from the Dockerfile itself (its final stage's
 * name, the code folder it copies in) or from a command building it (`docker build -t org/app -f
 * docker/Dockerfile .`, a CI workflow's docker/build-push-action): a deployment naming only the
 * image runs that code (core/discovery/node-processes.ts). Facts of one Dockerfile are merged.
 */
export interface ImageBuildFact {
  type: 'image-build';
  /** The Dockerfile, relative to the scan root. */
  dockerfile: string;
  /** Image names the build tags, without tag or digest (`ghcr.io/acme/app`); from a build command. */
  images?: string[];
  /** The build context folder, relative to the scan root, when the build command says. */
  context?: string;
  /** The final stage's name (`FROM node:20 AS app`), from the Dockerfile. */
  stage?: string;
  /**
   * The image the final stage is built on, stages followed back, without tag and lower-cased
   * (`FROM acme/app:development` → `acme/app`); from the Dockerfile.
   */
  baseImage?: string;
  /**
   * The code folder the image runs, relative to the build context (`packages/server` for `COPY
   * packages/server packages/server` and `WORKDIR /app/packages/server`), from the Dockerfile.
   */
  codeRoot?: string;
  /**
   * The JVM archives the final stage copies in (`COPY war.war /acme/bin/`, `COPY
   * jobs/mae-consumer-job/build/libs/mae-consumer-job-*.jar /app/`), by their base name without
   * extension or version (`war`, `mae-consumer-job`): the image runs the project building that
   * archive (ComponentFact.artifacts), wherever the Dockerfile sits.
   */
  artifacts?: string[];
  /**
   * The project folders whose build output the final stage copies from the context, as the
   * copy writes them (`cli` of `COPY cli/build/executable/acme-* /app/acme`, `orders` of
   * `orders/target/*.jar`): the image runs the Gradle or Maven project there (jvm-artifacts.ts).
   */
  builtProjects?: string[];
  /**
   * Proxies started by shell scripts the final stage copies in, by the script's path in the image
   * (`/usr/local/bin/nginx-entrypoint.sh` → `NGINX`): a deployable whose command runs the script
   * runs that proxy with the image's configuration files (started-products.ts); from the Dockerfile.
   */
  startedProducts?: Record<string, string>;
  /**
   * Proxies the image's ENTRYPOINT script starts by its first argument (`harrowdesk-nginx` →
   * `NGINX` for a branch running `envsubst` then `nginx -g 'daemon off;'`): a deployable giving
   * only that argument runs that proxy, none of the image's code (started-products.ts); from the Dockerfile.
   */
  entrypointProducts?: Record<string, string>;
  /**
   * The repository's files a proxy branch of the ENTRYPOINT script renders (`envsubst … <
   * contrib/nginx/app.conf`), by argument: that deployable's proxy configuration, whatever the
   * image's copies say of them (a build stage moved into place); from the Dockerfile.
   */
  entrypointConfigs?: Record<string, string[]>;
  /** The final stage's working directory (`/opt/app/app`), build arguments at their defaults; from the Dockerfile. */
  workdir?: string;
  /**
   * Where the final stage holds paths of the build context (`{ source: 'app', destination:
   * '/opt/app/app' }` for `ARG APP_PATH=.` and `COPY ${APP_PATH}/app /opt/app/app`), in order, with
   * what it copies from build stages; from the Dockerfile. A command's paths in the image map back
   * through them to files of the scan (image-runner-folders.ts).
   */
  copies?: { source: string; destination: string }[];
  /**
   * The file patterns the final stage copies into a folder (`{ source: 'common/*.js', destination:
   * '/app/*.js' }` for `COPY common/*.js ./` in `WORKDIR /app`), the pattern in the last segment
   * only; each matching file of the context lands in that folder by its own name. Kept apart from
   * `copies`, whose every source is one path.
   */
  copiedPatterns?: { source: string; destination: string }[];
  /**
   * The build context's paths copied by the final stage or by any stage it is built on or copies
   * from, build arguments at their defaults (`pyproject.toml`, `README.rst` and `relay` of a
   * `builder` stage that pip-installs them into the prefix the final stage takes with `COPY
   * --from=builder /install /usr/local`): what code the image is made of, even when none of it
   * lands where the final stage works (core/discovery/image-projects.ts).
   */
  builtFrom?: string[];
  /**
   * Names the Dockerfile's OCI labels give its image (`org.opencontainers.image.title`, and the
   * `ghcr.io/<owner>/<repo>` of `org.opencontainers.image.source`): weaker than a build command's
   * tags, asked only when no build tags the image (node-processes.ts, dockerfileOfImage).
   */
  labelledImages?: string[];
  /**
   * The build publishes the repository's own image under a name only CI knows (a workflow's
   * `ghcr.io/${{ github.repository }}`): the Dockerfile of the image named after the root project
   * (core/discovery/own-image.ts).
   */
  repositoryImage?: boolean;
  /**
   * The `--build-arg NAME=value`s (build-push-action's `build-args:`) the build command passes, by
   * name, values holding no variable: one Dockerfile built once per service (`--build-arg
   * SERVICE_NAME=http`) builds each image from its own package (GoBuildFact.package `${NAME}`).
   */
  buildArguments?: Record<string, string>;
  /**
   * The workspace packages the image runs by name (`CMD ["yarn", "workspace", "@acme/api",
   * "start:prod"]`, `RUN npx turbo prune --scope=@acme/web --docker`): those its final stage's
   * command selects, else those its RUN lines select (core/discovery/workspace-selectors.ts); from
   * the Dockerfile.
   */
  workspacePackages?: string[];
  evidence: Evidence;
}

/**
 * A Go binary a build writes: `go build -o ../make/photon/core/depot_core ./core` in a Makefile
 * recipe (after `cd src`), or `RUN go build -o /out/exporter ./cmd/exporter` in a Dockerfile stage
 * whose binary the image copies in (`COPY --from=builder /out/exporter /usr/bin/depot_exporter`).
 * A service whose command starts the binary runs that package's `main` (core/discovery/go-binaries.ts).
 */
export interface GoBuildFact {
  type: 'go-build';
  /**
   * The binary's file name as the image or the script leaves it (`depot_core`, `depot_exporter`).
   * A Dockerfile's may name its build arguments as the package does (`-o /out/$SERVICE_NAME`, then
   * `COPY --from=build /out/${SERVICE_NAME} ./` and `CMD ./$SERVICE_NAME`): `${SERVICE_NAME}`.
   */
  binary: string;
  /**
   * The package built: a folder relative to the scan root (a script's build, its working directory
   * followed), relative to the build context (a Dockerfile's, mapped back through its `COPY`s), or
   * an import path as written (`github.com/acme/shop/cmd/api`). A Dockerfile's package may name its
   * build arguments, written `${NAME}` (`cmd/${SERVICE_NAME}` for `RUN go build ./cmd/$SERVICE_NAME`):
   * each image built from it runs the package its build's argument names (go-binaries.ts).
   */
  package: string;
  /**
   * The defaults the Dockerfile's `ARG NAME=value` gives the build arguments the package or binary
   * names: an image built without passing one (a compose `build:` with no `args`) takes it.
   */
  argumentDefaults?: Record<string, string>;
  /** The scan-relative folder a script's build writes the binary to (`make/photon/core`), when known. */
  output?: string;
  /** The Dockerfile whose stage runs the build: the binary is that image's. */
  dockerfile?: string;
  evidence: Evidence;
}

/**
 * The local modules a JavaScript or TypeScript file loads when it runs (ES imports and
 * re-exports, `require`, `import()`; type-only imports left out): with an entry file, which code a
 * process runs (core/discovery/node-processes.ts). The importing file is the evidence's.
 */
export interface ModuleImportsFact {
  type: 'module-imports';
  /** Relative specifiers resolved against the file's folder (scan-root relative, extension as written). */
  files: string[];
  /** Non-relative specifiers that may name a file of the package through `baseUrl` (`src/mail/mail.module`). */
  bare?: string[];
  /**
   * The names the file's own bindings take from a specifier (keyed as in `files` or `bare`):
   * `import { A, B as C } from` → `A`, `B`; a default import → `default`; `const { A } =
   * require(…)`, `require(…).A` → `A`; none for a specifier only re-exported. A specifier not
   * listed loads the whole module (`import 'x'`, `import * as ns`, a bare `require`, `import()`).
   */
  imports?: Record<string, string[]>;
  /**
   * The names the file exports from its own declarations (`export class A`, `export { b as B }`,
   * `export default` → `default`), when they are known: present only for an ES module without
   * CommonJS exports. A module asked for a name neither this nor `reexports` holds is loaded whole.
   */
  exports?: string[];
  /**
   * What the file re-exports, in the order written: `export * from './x'` (no names: every name of
   * x but its default), `export { A, B as C } from './x'` and `import { A } from './x'; export { A }`
   * (names: exported → x's name), `export * as ns from './x'` (names: `ns` → `*`, all of x).
   */
  reexports?: ModuleReexport[];
  /**
   * Specifiers only commented-out code loads (`// import { RedisCache } from './cache'`), keyed as
   * `files` and `bare` are: a module nothing else loads but these is one deliberately unwired.
   */
  commented?: string[];
  evidence: Evidence;
}

/** One re-export of a module (ModuleImportsFact.reexports). */
export interface ModuleReexport {
  /** The specifier, keyed as in the fact's `files` or `bare`. */
  from: string;
  /** Exported name → the name in `from` (`*`: the whole module); absent for `export *`. */
  names?: Record<string, string>;
}

/** A test on one of a Helm chart's values: set and not empty (or, `truthy: false`, unset or empty), or equal to a text. */
export type ValuesTest = { path: string; truthy: boolean } | { path: string; equals: string; negated?: boolean };

/**
 * Lines of a Helm template that render only when tests on the chart's values hold
 * (`{{- if .Values.ingress.enabled }}` … `{{- end }}`). What was read there is dropped before
 * resolution when the chart's values.yaml fails a test (core/discovery/helm-guards.ts). The
 * evidence is the template's line opening the branch.
 */
export interface ValuesGuardFact {
  type: 'values-guard';
  /** The chart's values group (`helm-values:<chart folder>`, helm-values.ts). */
  group: string;
  from: number;
  to: number;
  tests: ValuesTest[];
  evidence: Evidence;
}

/**
 * What a kustomization (`kustomization.yaml`, `kustomization.yml`, `Kustomization`) takes in:
 * `kubectl apply -k` of its folder deploys the objects of the `resources` (and old `bases`,
 * `components`) it lists, not every manifest beside it. The other files it names (patches,
 * generator inputs, transformer configurations) change or make objects but are not resources.
 * Resolution drops the facts of manifests in a folder a kustomization governs that no
 * kustomization takes in (core/discovery/kustomize-resources.ts).
 */
export interface KustomizationFact {
  type: 'kustomization';
  /** The kustomization's folder (scan-root relative, '' for the root). */
  folder: string;
  /** Files and folders it lists as resources, scan-root relative (a folder stands for its kustomization). */
  resources: string[];
  /** Other files it reads (patches, generator `files`/`envs`, `crds`, transformer configurations), scan-root relative. */
  inputs: string[];
  evidence: Evidence;
}

/** Any fact a source reports. */
export type Fact = ComponentFact | BindingFact | ConnectionFact | ProvidesFact | ControlPlaneFact | SubclassFact | RerouteFact | CodeNamesFact | UnitFact | ImageBuildFact | ModuleImportsFact | GoBuildFact | ValuesGuardFact | KustomizationFact;

/** One file as a source sees it. */
export interface SourceFile {
  /** Path relative to the scan root, `/`-separated. */
  path: string;
  text: string;
}

/** A source's way to make evidence: the excerpt of a line, trimmed, shortened, secrets masked. */
export type EvidenceAt = (line: number, file?: string) => Evidence;

/** Facts said twice (a call matched twice through a chain, a CI step read once per matrix combination) once, first kept. */
export function distinctFacts<T>(facts: readonly T[]): T[] {
  const seen = new Set<string>();
  return facts.filter((fact) => {
    const key = JSON.stringify(fact);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
