/**
 * The discovery fixtures (test/discovery/fixtures/<name>/) and their hand-written expected
 * graphs (expected.yaml): listing, loading and checking them. Used by the precision/recall
 * harness and by fixtures.test.ts, which checks the fixtures themselves.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { nameKey, slugOf } from '../../src/core/discovery/names.js';
import { MECHANISMS, SYSTEM_KINDS, type Mechanism, type SystemKind } from '../../src/core/model/vocabulary.js';
import { edgeKey, systemNames, type Edge } from './metrics.js';
import { isRecord } from '../../src/core/model/is-record.js';

/** Where the fixtures live. */
export const FIXTURES_ROOT = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** The expected graph at the top of every fixture. */
export const EXPECTED_FILE = 'expected.yaml';
/** User rules at the top of a fixture, passed to the scan as `rulesFile` when present. */
export const RULES_FILE = 'patchbay-rules.yaml';

/**
 * What a fixture exercises, as listed in its expected.yaml `covers`. Together the fixtures must
 * cover every tag (fixtures.test.ts checks), which is how the "at least one per source
 * kind" is kept true as fixtures change.
 */
export const COVERAGE_TAGS = [
  // Deployment and infrastructure configuration
  'docker-compose',
  // A compose `env_file:` outside the repository (`/opt/acme/env`, written at install time) read from the install script's writes or the `env.example` beside the compose file
  'install-time-env-file',
  // Compose files of a `compose/` folder named for their part (`compose/services.yml`), read by content; services only naming images tied to .NET projects by their distinctive name words
  'compose-folder',
  // Compose network aliases written with a variable (`aliases: ["${XMPP_SERVER:-xmpp.meet}"]`) filled from the `.env`; nginx configs rendered by a Go template tool (`{{ .Env.X }}`, `{{ if .Env.X }}` blocks); XMPP clients of an XMPP server
  'compose-network-aliases',
  // A Compose file named for its product (`docker-carto.yml`, `deploy/stack.yml`), read by its content
  'compose-by-content',
  // Root Dockerfiles named for the folder they copy (`Dockerfile.frontend.public`, `COPY frontend/ /app`), run by image-only services named for it with a product prefix (`cartofrontend` on `cartodev/carto-frontend`)
  'root-named-dockerfiles',
  // Dockerfiles in docker/<image>/ copying the JVM archive a Gradle or Maven project builds (`COPY war.war …`): the image-only compose service runs that project
  'jvm-archive-image',
  // Maven or Gradle modules in folders named by role sharing short names (`adapters/amqp` and the library `clients/amqp`): each named by its artifactId, tied to the deployment running its image, which keeps its own name
  'maven-module-namesakes',
  // Two deployed applications whose names differ only by a generic suffix (`tunestore` and `tunestoreservice`, Steeltoe MusicStore's front end and catalog service): two systems, hosts reaching each by its own spelling
  'suffix-distinct-deployables',
  // Jinja2 templates of deployment files (a prepare step's docker-compose.yml.jinja and env.jinja, Ansible .j2) rendered with their inputs
  'jinja-templates',
  // Jinja `{% if %}` blocks decided by the repository's inputs: a flag set true in the installer's config YAML or a `config_dict['with_x'] = True` literal of its Python keeps the service it guards
  'jinja-conditions',
  // Jinja template inputs a Python prepare tool computes: literals of the dicts it renders with (`render_jinja(…, **config_dict)`)
  'jinja-prepare-inputs',
  // A dev service running the source it bind-mounts, chosen by `working_dir` (and `go run ./cmd/x`)
  'compose-mounted-code',
  // Code a stock image runs from a bind mount (an edge runtime's functions folder, `node /app/worker.js` in `node:20`), the mount its deployable's code, shared by each service mounting it and narrowed to what its command's entry file reaches;
  // also a Kubernetes workload running scripts of a ConfigMap Kustomize's configMapGenerator makes of files
  'compose-mounted-entry',
  // Compose links and external_links whose aliases name the linked service for the linking one
  'compose-links',
  // A Kubernetes Deployment under another name (`shop-order`) behind a Service named as the Compose service it deploys again (`order`): one system, the consumers' `links:` to their broker a wait
  'compose-redeployed-service',
  // depends_on meaning more or less than an integration: one-shot jobs (migrations, seeds, topic and
  // bucket setup), services built from a Dockerfile FROM a datastore or broker
  'compose-depends-on',
  // A service behind a reverse proxy that also calls through it (`depends_on` the proxy, its settings naming the proxy's URL), while the proxy routes to it
  'proxy-callers',
  // Commands started through a start-order helper (`wait-for-it db:5432 -- bundle exec sidekiq`, `dockerize -wait tcp://…`): the process is the wrapped command's
  'wait-wrappers',
  // A depends_on inherited from an extension field merged into several services (`<<: *defaults`, every infrastructure service listed once for all): kept only where the service's own settings address the target, a consumer role's wait for its broker broker → consumer
  'compose-shared-depends-on',
  // A Compose service written only to be merged into the processes (`base: &base`, then `<<: *base` in `rails` and `sidekiq`), the same image, nothing of its own that runs it: a template, no system and no edges
  'compose-template-service',
  // A production Compose file standing alone (`docker-compose.production.yaml`, `docker-compose.prod.yml`) beside the folder's plain `docker-compose.yaml`: the plain file is the developer's, its mail catcher and dev servers set up nothing deployed
  'compose-production-variant',
  // A developer's Compose file building the deployed code in steps (a `base` service building the app's image, the processes' own Dockerfiles `FROM` it, a dev server on it) beside a production file running the released image: the base and the dev server are no systems, the deployed processes run the code the base's Dockerfile copies in
  'compose-development-build',
  // One Node image run as several processes: the image tied to the Dockerfile its build tags, each process's code reached by imports from its entry file
  'node-image-processes',
  // One PHP image run as several processes (`php app/http.php`, `bin/` scripts running `php app/worker.php audits`): each process's files reached from its entry by require/include (paths, globs), Composer PSR-4 classes and the worker class its argument chooses
  'php-image-processes',
  // An image a Node package's own npm script builds (`"build:docker": "yarn build && docker build . -t acme/apps"`), which deployments name only by the image
  'package-script-image',
  // One image several deployables run, tied to its code only by the image's name (no build, no Dockerfile of that name): each takes the project's folders, the project is their shared code
  'image-named-project',
  // A deployed image no build here tags, tied to the one untagged Dockerfile named for it (`Dockerfile.persistenceagent`, `api.Dockerfile`, `connectors/…/mitre/Dockerfile` for `acme/connector-mitre`); a Go Dockerfile's `go build` package is the code, not its module; never a public publisher's image
  'image-named-dockerfile',
  // Applications handed a server's own variables (a broker's `RABBITMQ_DEFAULT_USER`, merged by a YAML anchor the broker shares) beside its address: its clients, not servers of it
  'compose-shared-server-env',
  // A sidecar sharing another compose service's network (`network_mode: "service:x"`): its loopback on x's port is x
  'compose-network-peer',
  // A JS/TS workspace (pnpm, yarn, npm) whose apps import a shared package by name (`exports` subpaths, tsconfig `paths`), Next.js route modules as entries
  'node-workspace-packages',
  // One Go module built into a binary per service (a Makefile's or a Dockerfile stage's `go build -o`, an image copying the binary in), each service's code reached from its main package
  'go-binaries',
  // A Go command per Dockerfile beside its main (`cmd/<svc>/Dockerfile`, the root as context) whose stage runs `make cmd/<svc>/<svc>`, a Makefile rule (a `cmd/%` pattern rule, `go build -o $@ ./$(dir $@)`) compiling it; `//go:build` files off by default left out
  'go-make-targets',
  // A Dockerfile copying the whole module (`COPY . .`) and compiling one command by its files (`go build -o /bin/agent backend/src/agent/persistence/*.go`): the image runs that folder's package and its imports, not the module
  'go-build-file-globs',
  // A service's `res/configuration.yaml` whose keys the deployment overrides by their upper-cased, `_`-joined path (`CLIENTS_CORE_METADATA_HOST`, `MESSAGEBUS_HOST`): `Clients.<name>` sections are REST clients, `MessageBus` the broker; `Enabled: false` sections switched off
  'path-env-config',
  // One Dockerfile building a command per build argument (`go build ./cmd/$SERVICE_NAME`), each image built by a GitHub Actions matrix (`--build-arg SERVICE_NAME=${{ matrix.service }}`) or a shell loop, and deployments only naming the images
  'github-actions-matrix',
  // Compose services sharing one Dockerfile that builds the command their `build.args` (or the `ARG`'s default) names (`go build ./cmd/$SERVICE_NAME`)
  'compose-build-args',
  // One multi-call Go binary (busybox-style: a switch on `filepath.Base(os.Args[0])` or an env override) run under a component's name by each deployment's command
  'go-multicall',
  // A program an init container copies from its image onto a shared volume (`cp /usr/local/bin/acme /shared/acme-dex`) and the main container runs: the copying image's code, under the copy's name
  'init-container-copied-program',
  'kubernetes',
  // Kubernetes service links: code reading `<SERVICE>_SERVICE_HOST` / `_SERVICE_PORT[_<PORT>]`, which the kubelet sets for each Service with a cluster IP (no headless Service, none where `enableServiceLinks: false`)
  'kubernetes-service-links',
  // A container of a load-testing tool's image (k6, Locust…) aimed at a URL by its environment or command line
  'load-generator',
  // Consul Connect upstreams: a pod's localhost:<port> forwarded to the service its annotation names
  'consul-connect',
  'istio',
  // Several Deployments of one app by version (`details-v1`, `ratings-v2-mysql`, pod labels differing only in `version`) behind its Service: one system, named by the Service, with the code project of that name; a Service selecting different apps by a shared label keeps them apart
  'service-versions',
  'kustomize',
  // A Kustomize overlay's patch file setting a workload's `args`/`env`: its values override the base manifest's
  'kustomize-patches',
  'helm',
  'aspire',
  'terraform-aws',
  'terraform-azure',
  'terraform-gcp',
  // Firebase Hosting `firebase.json`: a site whose rewrites call Cloud Run services and functions
  'firebase-hosting',
  // AWS SAM / CloudFormation templates: stacks, their functions, resources, event sources, state machines
  'cloudformation',
  // Azure Resource Manager templates: resources, app settings by expression, Event Grid subscriptions
  'arm-template',
  // Azure Bicep: resources, settings by symbolic reference, child resources, local modules' parameters and outputs
  'bicep',
  // Serverless Framework services: serverless.yml/json, its variables, resources and function events
  'serverless',
  // Azure Functions apps: trigger and binding attributes, Node v4 and Python v2 models, local.settings.json
  'azure-functions',
  // Knative Serving Services as workloads; Eventing brokers, triggers, sources, channels and K_SINK
  'knative',
  'terraform-queue',
  'terraform-topic',
  'terraform-event-bus',
  'terraform-database',
  'terraform-api-gateway',
  // Infrastructure labelled after the service using it (`aws_db_instance "catalog"`)
  'terraform-labelled',
  // Application configuration
  'dotenv',
  'spring-yaml',
  'spring-properties',
  // Typesafe Config / HOCON application.conf of Play, Akka and Lagom services (`${?VAR}` overrides, includes, self references)
  'hocon',
  'spring-cloud-config',
  // Spring Cloud Alibaba Nacos data ids kept in the repository, served to the service named by them
  'nacos-config',
  // Spring settings kept outside the modules in a shared folder, one file per service named after it
  // (`config/orders.yml`, its profiles) and one base file every service loads first; client factories
  // reading `services.<name>.baseUrl` with the name their callers give
  'spring-service-configs',
  // Spring config names and locations set in code (`SpringApplicationBuilder.properties`, `setDefaultProperties`,
  // `System.setProperty`) or on the command line: the module's own `<name>.yml` and the files of a
  // deployment-mounted shared folder named so, layered in config-name order
  'spring-config-names',
  // MicroProfile Config: microprofile-config.properties, Liberty server.xml variables, @ConfigProperty, REST clients by key
  'microprofile-config',
  // Quarkus: gRPC clients by @GrpcClient name, JAX-RS and programmatic REST clients, datastores by config, LangChain4j AI services
  'quarkus',
  // SmallRye @ConfigMapping interfaces: nested groups, @WithName, @WithDefault, maps, read through accessor chains
  'config-mapping',
  // Quarkus profiles the deployment activates (QUARKUS_PROFILE, -Dquarkus.profile): `%profile.` keys, `prod` by default
  'quarkus-profiles',
  // SmallRye Stork service discovery: `stork://` REST URLs and gRPC clients resolved by a static list or Kubernetes
  'stork',
  // Micronaut: declarative @Client by id, URL or placeholder, application-<env>.yml, @KafkaClient/@KafkaListener, datasources, javamail, object storage
  'micronaut',
  // Micronaut Security: a JWKS URL (`micronaut.security.token.jwt.signatures.jwks.<name>.url`) is a call to the identity provider; HttpClient.create
  'micronaut-security',
  // Settings named for an identity provider's issuer, token or JWKS endpoint (`ACME_LOOKOUT_IDENTITY_ISSUERBACKENDURL`, a vendor starter's `acme.client.auth.issuer`), read by no code of the scan: calls of the deployed IdP
  'identity-endpoint-settings',
  // Moleculer through an in-house package: its ServiceBroker options, createService reached from a deployable's registerService, its call/broadcast wrappers
  'moleculer-library',
  'appsettings',
  'rails-database-yml',
  // One Rails image run as puma, sidekiq and a Node server: config/ is every Ruby process's, app/workers the sidekiq process's, controllers web's; Sidekiq enqueues as messaging through Redis; Rails initializers (Paperclip S3, chewy, smtp_settings) switched by the deployment's env
  'rails-process-roles',
  // Rails' Active Storage service production picks from storage.yml (by the deployment's env; services declared but never picked not edges) and its Redis/Memcached cache store, apart from Sidekiq's queue on the same Redis
  'rails-storage-cache',
  // Compose services of one image whose `command:` is a script of the image (`./scripts/start.worker.sh`), the role read from the command the script runs (its `exec`, its last line, a clockwork scheduler); a script only migrating (also under an `if`) a migration job keeping only the databases; an entrypoint dispatching on its argument to `migrate`
  'script-roles',
  // A Rails service runs where the controllers and jobs naming it (Zeitwerk constants) run; a clockwork scheduler only enqueues; deliver_now mails from the web process
  'rails-job-reach',
  // Several Sidekiq processes of one Rails image, each on its own queues (`-q`, `-C` files' `:queues:`): a job's calls only on the processes of its queue
  'sidekiq-queues',
  'connection-string',
  'entrypoint-script',
  // Reverse proxies and API gateways
  'nginx',
  // nginx routes through variables as nginx scopes them (a location sees its server's `set`s and its own, not a sibling's) and through `map` values; hosts that are compose container names; an `auth_request` subrequest location
  'nginx-variables',
  // nginx configs that are templates filled by envsubst at start (the image's /etc/nginx/templates, or a mounted `nginx.conf.template` and an entrypoint running envsubst): a literal host with its port an environment variable (`proxy_pass http://auth:${AUTH_PORT};`), `$host` still nginx's
  'nginx-envsubst-templates',
  // A gateway's configuration no deployment runs (a Kong `kong.yml` no Kong mounts, an nginx config only a dev-profile service mounts) inside a codebase several services run: no service's routes
  'unused-gateway-config',
  'spring-cloud-gateway',
  // Spring Cloud Gateway's discovery locator (`spring.cloud.gateway.discovery.locator.enabled`): a route to every service registering with the same Consul or Eureka, not to one with registration switched off
  'spring-discovery-locator',
  'zuul',
  'yarp',
  'ocelot',
  // Ntrada: modules' routes, `use: downstream` to the service of the downstream's first segment (a `services` key's url), `use: rabbitmq` publishing
  'ntrada',
  'envoy',
  // Traefik: Docker labels, the file provider, IngressRoute CRs
  'traefik',
  // Caddy: reverse_proxy upstreams, {$VAR} placeholders
  'caddy',
  // Caddyfile snippets with arguments (`(proxy) { reverse_proxy {args[0]} }`), each `import proxy "lms:8000"` a route, in sites and nested blocks; snippets imported nowhere are none
  'caddy-snippets',
  // Kong: declarative kong.yml/decK services, upstreams and plugins; KongPlugin CRs and the kong ingress class
  'kong',
  // HAProxy: haproxy.cfg frontends/backends/listen, server and server-template lines, mode http/tcp; a compose mount or a ConfigMap mounted by a haproxy workload
  'haproxy',
  // Apache httpd: ProxyPass/ProxyPassMatch (with a path or in a <Location>), RewriteRule [P], <Proxy balancer://> members (in another file httpd loads), ws://, `Define`d `${VAR}`s and environment URLs; tied to the httpd image that COPYs the file into its configuration (or a compose mount); ProxyPassReverse, `!` exclusions, balancer-manager/server-status and vhosts the image leaves out not edges
  'apache-httpd',
  // Identity providers: Dex connectors (config file or ConfigMap, owned by the Dex deployable mounting it) and Go golang.org/x/oauth2 endpoints → the IdP vendor
  'idp-upstreams',
  // Interface definitions and catalogs
  'openapi',
  'swagger',
  'asyncapi',
  'proto',
  'graphql',
  'backstage',
  'user-rules',
  // Languages
  'typescript',
  'javascript',
  'java',
  'kotlin',
  'groovy',
  'go',
  'python',
  'csharp',
  'rust',
  'ruby',
  'php',
  // Clients and servers in code
  'http-client',
  // A comma-separated list of peers in a service's environment (compose service names or URLs) its code splits and calls one of at random over HTTP (`random.choice(os.environ["PEERS"].split(","))`, `peers[Math.floor(Math.random() * peers.length)]`): a REST edge to each deployed peer; an undeployed name, a list the code never reads, one only logged and an `.env.example` not edges
  'env-peer-list',
  // A generic request helper taking the base URL as a parameter (Go `proxyRequest(AgendaServiceUrl, "/api/agenda", w, r)` of the same package, Python `forward(BASE, path)`, TS `proxy(base, req)`): one edge per call site's resolvable argument
  'param-helper-calls',
  'grpc-client',
  'grpc-server',
  'graphql-client',
  // GraphQL sent through a plain HTTP client (Python requests, Go net/http, fetch) to an address read from the environment with `/graphql` written after it: a graphql edge, not rest
  'graphql-over-http',
  'kafka',
  // Kafka Streams topologies, Kafka Connect connectors, Avro serdes calling a schema registry
  'kafka-streams',
  'kafka-connect',
  // A Strimzi `Kafka` cluster resource: the broker, its `<name>-kafka-bootstrap` Service a name of it
  'strimzi-kafka',
  // Spring Cloud Stream: functional beans and annotation bindings, the binder on the class path or configured deciding the broker
  'spring-cloud-stream',
  // Spring multi-document settings (`---` with `spring.config.activate.on-profile`), config-repo files included: each profile's document read as that profile's file, and a binding resolved under each profile set the deployments activate
  'spring-profile-documents',
  'schema-registry',
  'rabbitmq',
  // Python kombu and py-amqp clients (Connection by URL or host, Producer.publish, basic_publish, Consumer/ConsumerMixin), and a Django backend class named by a dotted path in the deployed settings, loaded with importlib/import_string and built with the settings' options
  'kombu-amqp',
  'amqp10',
  'jms',
  // A JMS connection factory's broker from the argument holding the URL (`new ActiveMQConnectionFactory(userName, password, brokerUrl)`, the one-argument form with setters), not the user name
  'jms-connection-factory',
  'stomp',
  // Zeebe (Camunda 8): job workers and the clients that deploy processes, start instances and publish messages
  'zeebe',
  // Temporal: clients that start and signal workflows and workers polling task queues (Go, Java, TS, Python, .NET)
  'temporal',
  // Axon Framework: gateways, aggregates and handlers through Axon Server, or in-process without it
  'axon',
  'dapr',
  'nats',
  'mqtt',
  'azure-service-bus',
  'azure-event-grid',
  'azure-event-hubs',
  'amazon-sqs',
  'amazon-sns',
  'amazon-eventbridge',
  'gcp-pubsub',
  // Firestore, Datastore, Spanner, Bigtable clients: a managed store, or the emulator the deployment points them at
  'gcp-datastore',
  // Vector databases and search engines (Weaviate, Qdrant, Milvus, Chroma, Meilisearch…): clients and LangChain/LlamaIndex stores
  'vector-store',
  'database-driver',
  'redis',
  // Redis as a queue or pub/sub bus from Java and Kotlin (Jedis, Lettuce, Spring Data Redis, Redisson): messaging per component, a cache beside it a database use
  'redis-queue-jvm',
  // Job queues on Redis from PHP (utopia-php/queue): a client's `enqueue` and a framework's Event classes producing, Swoole/Workerman adapters consuming, the Redis a connection names
  'redis-queue-php',
  // PHP factories registered by name and run only when asked for (utopia-php `App::setResource`, Registry `set`; `->inject(…)`, `get(…)`): one init.php required by every process of an image, each making only the connections of the factories its own code asks for
  'php-lazy-resources',
  // Redis as a pub/sub bus through a library adapter in Node (socket.io's Redis adapters, Hocuspocus' Redis extension, graphql-redis-subscriptions), its clients made in a shared workspace package
  'redis-pubsub-adapter',
  // A Redis client made and returned by a service's own factory module, its role from what the importing files call on it
  'redis-client-factory',
  's3',
  'azure-blob',
  'sftp',
  'smtp',
  'twisted',
  'saas-sdk',
  'job-queue',
  // Job queues a project function makes and returns (Bull's `createQueue(name)` → `new Queue(name, { createClient… })`), shared by a module's exported constants: each process's files adding to or processing them decide its end; the Redis from the client the factory makes
  'job-queue-factory',
  // Django settings (DATABASES, CACHES, EMAIL, STORAGES) and Celery (app, tasks, .delay, workers) in one codebase run as several deployables
  'django',
  // Python settings read through the team's own env helpers (known by their bodies, prefixing, imported), defaults naming other settings modules' names, pass-through functions, DJANGO_SETTINGS_MODULE variants
  'python-env-helpers',
  // Python upstream URLs in module-level dictionaries, built by a module helper returning `.format()` of its parameter, read by other modules as `module.upstreams["name"]` and passed to a local wrapper of the HTTP client
  'python-module-upstreams',
  // Django DATABASES whose ENGINE is an entry of a dictionary of engines indexed by a setting (`DATABASE_ENGINES[DATABASE_TYPE]`), a slack_sdk WebClient subclass and python-telegram-bot's Bot, a developer's compose file (`docker-compose-developer.yml`, `dev/`) feeding no deployed service
  'django-engine-choice',
  // Django Channels: a channels_redis layer as messaging between the processes sending to groups and the ASGI consumers
  'django-channels',
  // Django settings as long-lived projects write them: CACHES of local backends (locmem, file, db, dummy) reaching nothing, Celery's broker under the old name BROKER_URL built by str.format of module constants, a setting aliasing another read as settings.X
  'django-legacy-settings',
  // One Python image run as several processes (web, Celery worker, scheduler) chosen by a bootstrap script's argument, with Celery configured by a class or module
  'celery-processes',
  // A Django management container (compose `entrypoint: "python manage.py"`, commands given at `docker compose run` time) keeping its database edges only; a Celery worker reaching task modules' classes in sibling modules
  'django-management-container',
  // One backend image, no compose `build:`, run as several services differing only in `command:` (a script of the image's `bin/`: web, Celery worker, beat, a `manage.py migrate` migrator), its Dockerfile in a folder named like one of them
  'shared-image-commands',
  // Compose services running the product's published image with no `build:`, tied to the one Dockerfile copying in the project named like the image (`mintleaf-api` for `mintleaf/mintleaf`)
  'image-project-tie',
  // A published image tied to a Dockerfile copying its project piecewise (the descriptor alone, then the package folder, pip-installed in a build stage the final stage takes `/install` from), the image named by the package folder or the project name without its org word (`tidewire-parley` → `parley`); its services' `python -m pkg.module` entrypoints each running what that module reaches
  'image-project-piecewise',
  // A published image run only by name (`image: ghcr.io/acme/shop:v4.3.2`, `build:` commented out) under a name no folder has: tied to the Dockerfile whose COPYs (build-arg defaults filled) hold what the services' commands name (`/opt/app/app/manage.py`, `config/puma.rb` under WORKDIR, `bundle exec` → Gemfile); a dev container's service owning none of that code
  'image-command-paths',
  // An image's commands naming files no source reads facts from (a plain `manage.py`, a housekeeping script copied alone): matched against every file the scan walked, through a multi-stage Dockerfile's `FROM ${FROM}` stages and redeclared `ARG APP_PATH=.`; an OCI `image.source` label naming a packaging repository no veto
  'image-command-files',
  // One Django image run as a uwsgi web process, a Celery worker started by a script that builds its arguments in a bash array (`exec celery "${ARGS[@]}"`), a `manage.py migrate` migrator keeping only the databases, and Celery's flower monitor on the same image running none of the code
  'celery-argument-array',
  // django-rq: `@job` functions queued with `.delay()` and `get_queue().enqueue()` producing to the RQ_QUEUES Redis, `manage.py rqworker` consuming; a housekeeping loop script running a management command; a boto3 client on a user-entered endpoint no edge
  'django-rq',
  // A Flask app on python-rq deployed as one image whose entrypoint script's functions start gunicorn, `manage.py rq scheduler` and `supervisord -c worker.conf` (`./manage.py rq worker %(ENV_QUEUES)s`), each worker's queues from compose `QUEUES`; jobs through a team's wrapper of `rq.decorators.job` and a `rq.Queue` subclass; a job's body only on the workers of its queue; the Redis from the settings' `REDIS_URL`
  'flask-rq',
  // A Frappe bench deployed the frappe_docker way: one image run as gunicorn (its default command), `bench worker`, `bench schedule`, the socket.io server and `bench new-site`, each process's MariaDB, cache Redis and RQ/realtime connections from `bench set-config` addresses; the configurator writing them connects to nothing
  'frappe-bench',
  // Django settings read from a configuration module loaded at run time (`importlib.import_module(os.getenv(…))`, `getattr(configuration, "REDIS")["tasks"].get("HOST")`), its nested dictionaries' entries followed to the environment; a storage backend the deployment names (STORAGE_BACKEND)
  'runtime-config-module',
  // Multi-stage Dockerfiles: the final stage's code followed through `COPY --from` of build stages (a builder stage of another language is not the image's code), `bin/` entry scripts choosing the process, a .NET `bin/Release` left unread
  'docker-stages',
  // One image run as several processes chosen by an environment variable its entrypoint script branches on, a Procfile entry (honcho/foreman), or all the programs supervisord or s6-overlay runs in one container
  'process-selection',
  // One container running several long-running programs under a process manager (supervisord `[program:x]`s, s6-overlay services): each real program a system of its own, its code by its command, a reverse proxy's loopback routes to the sibling listening there
  'process-manager-programs',
  // A Dockerfile ENTRYPOINT script given only its argument by the deployment (Kubernetes `args`, compose `command`), dispatching inside shell functions, a branch running a Django management command or `python -m` module and the code that reaches
  'entrypoint-arguments',
  // One product image whose ENTRYPOINT script's branch for an argument runs a proxy (`envsubst` on a copied nginx template, then `nginx -g 'daemon off;'`): the deployable giving that argument is the proxy, running none of the image's code; an extensionless ENTRYPOINT script (`lifecycle/ak`) read as the `.sh` ones are
  'entrypoint-proxy-branch',
  // A datastore's image run with a script the service bind-mounts as its entrypoint (a `pg_dump` backup sidecar on `postgres`): the team's client program, not a second server
  'datastore-image-script',
  // An image a compose service both builds and names (`build: .` with `image: ghcr.io/acme/app:dev`), so that Kubernetes workloads running that image run its code
  'compose-built-images',
  // A repository's own image published only from CI (`ghcr.io/${{ github.repository }}`): tied to its only untagged Dockerfile when the image is named after the root project (pyproject, package.json, go.mod, .csproj)
  'own-project-image',
  // A product's published images (`acme-dev`, a release channel; `acme-api`, a role) with no `build:`, named for a Node workspace root's package.json: tied to the one root Dockerfile copying the whole root in (`COPY . .`) beside a variant copying only `api/`; the npm script its CMD runs (`npm run backend` → `node api/server/index.js`) making the entry's project the service's code
  'product-image-tie',
  // Mailboxes read over IMAP (`imaplib.IMAP4_SSL(host)`, IMAPClient) by a mail-import task or a view testing an account
  'imap',
  // A product's own Python command-line tool (click/typer groups, argparse subparsers) picking each deployment's process: the subcommand's function, what it reaches, and whether it starts a Celery worker or beat
  'python-cli',
  // A product's own Node command-line tool (commander, yargs, oclif command classes) picking each deployment's process: the code its subcommand's handler reaches by imports
  'node-cli',
  // One Node entry starting the services its option lists (`--services=web,api`, `SERVICES=worker`, else its default) from a service map (`export default { web, worker: () => import('./worker') }`): each process reaches only its services' modules
  'node-service-map',
  // A Node product's CLI installed as a program (package.json `bin`) that an image's entrypoint script runs with the container's arguments (`exec acme "$@"`): the first argument its subcommand, none its default command
  'node-bin-entrypoint',
  // TypeScript config classes whose fields' decorators name env vars (`@Env('X') host = 'localhost'`), nested sections (`@Nested queue: QueueConfig`), read by path (`config.queue.redis.host`)
  'ts-config-decorators',
  // TypeScript environment classes (`export default new Environment()` whose fields read an alias of `process.env`,
  // `this.toOptionalString(environment.X)`, subclasses per plugin), imported through a tsconfig `paths` alias
  // (`@server/env`); guards on their fields (`if (env.GITHUB_CLIENT_ID && …)`, `if (!env.ENABLE_UPDATES) return`)
  // switched off by an empty or `false` value in the deployment's env file; a root developer compose file beside `deploy/`
  'ts-env-class',
  // A plugin's client module with no guard of its own, whose names its loaders use only under a switch
  // (`if (enabled) PluginManager.add(…Client.unfurl…)`, `if (env.TELEMETRY) setInterval(checkUpdates, …)`,
  // a router registered under a switch whose handler calls the client); a client also imported unguarded keeps its edges
  'guarded-registration',
  // Connections made in a shared library nothing deploys, attributed to the services using its entry points
  'shared-library',
  // A team's own messaging client library (a Maven module named after its broker, a Go package, a Python package a service installs with `-e ../common`) wrapping the broker's client: the services calling the wrapper produce or consume, the library is no system
  'messaging-wrapper-library',
  // A folder nothing deploys (its own package.json or plain scripts) whose modules deployed Node services load by relative path, copied into each image: a library, each service making what the exported functions it takes reach
  'relative-path-library',
  // Shared scripts a Dockerfile merges into each service's folder of the image (`COPY common/*.js ./` beside `COPY requester/index.js ./`), loaded as siblings (`require('./queue')`) by paths that hold only in the image: the copied file is what loads
  'image-merged-siblings',
  // A Gradle multi-project build (settings `include`, colon paths, `projectDir` overrides): each included project a unit of its own, with or without a build file (the root build's `project(':x') { … }` and `subprojects { … }` giving its dependencies); the root build, a Maven aggregator pom and a convention-plugin build no system
  'gradle-multi-project',
  // A Gradle multi-project build with a Spring Boot (or `application`) project: its plain `java-library` modules are built into the projects depending on them, never systems (one nothing depends on is code nothing runs)
  'gradle-library-modules',
  // Go command-line flags (flag, pflag/cobra, viper, urfave/cli, kingpin) valued by a command line or env
  'go-flags',
  // Go flags and env vars named on a prefix the caller gives (`opt.FlagPrefix+"redis"`), an empty default replaced by another package's constant, a call into an in-module package absent from the scan
  'go-flag-prefix',
  // Settings overridden by every env var of a prefix (`os.LookupEnv(EnvPrefix + strings.ToUpper(f.Name))` by reflection, viper's SetEnvPrefix + AutomaticEnv, envconfig.Process): each deployment's `HD_…` variables read by the code it runs, values told by scheme and setting name, switched-off sections left out
  'env-prefix',
  // Go config structs parsed under a prefix the caller chooses (caarlos0/env `env.ParseWithOptions(&cfg, env.Options{Prefix: prefix})`, directly or through a wrapper), each cmd/ main passing its own constant to a shared helper
  'go-env-options-prefix',
  // Go settings read through an in-house env package (`env.Get(name, default, description)`), fallback chains of variables, and address lists split per request
  'go-env-helpers',
  // Go package variables each holding a connection for other settings: a helper called once per variable (`Cache = newPool(addr("REDIS_CACHE_ENDPOINT"))`), schema values whose env prefix names the variables (`CodeIntel = Schema{EnvPrefix: "CODEINTEL_"}` → CODEINTEL_PGHOST), reached per service
  'go-per-variable',
  // A Go flag defaulting to an env helper's read with its own default (`env.StringFromEnv("REPO_SERVER", "repo:8081")`): with the variable unset, the helper's default
  'go-flag-env-default',
  // A Go flag (or an env helper's read it defaults to) whose default is another package's exported constant (`env.StringFromEnv("REPO_SERVER", common.DefaultRepoServerAddr)`, `flag.String("redis", defaults.RedisAddr, …)`)
  'go-flag-constant-default',
  // Go settings read through viper behind wrapper functions of the team's own (`common.GetStringConfigWithDefault(mysqlServiceHost, "mysql")` across packages, a same-package wrapper whose parameter `viper.GetString` reads), keys named by constants, AutomaticEnv's env spelling valued by a configMapKeyRef, config.json defaults; go-sql-driver `mysql.Config{Addr}.FormatDSN()` and jinzhu/gorm `gorm.Open(dialect, dsn)`
  'go-viper-wrappers',
  // Go storage backends chosen by a setting: a factory's `switch` on an env var (SPAN_STORAGE_TYPE, comma-separated) followed through variables, parameters and range loops, and viper keys built from constants read through AutomaticEnv
  'go-setting-backends',
  // One component deployed in several alternative ways (two compose files and Kubernetes), each choosing other backends by a setting: the component makes the connections of every deployment's choice
  'deployment-variants',
  // A Go config struct loaded from a settings file (go-zero `conf.MustLoad` of etc/*.yaml), read as `c.Section.Field`
  'go-config-file',
  // A Go config struct whose fields' tags name env vars, settings-file keys and defaults (cleanenv, envconfig, caarlos0/env, viper mapstructure)
  'go-config-struct-tags',
  // Go branches on a config struct's field (`switch cfg.QueueType`, `if cfg.QueueType == "redis" { return … }`, `else if`, `if !cfg.UseSearch`) in a shared package, decided per service by its deployed value
  'go-config-branches',
  // A Go client struct whose address field is set where it is built (`&T{baseURL: …}` in `New…`, `c.addr = …`) and read by its methods
  'go-struct-fields',
  // Go settings behind accessor functions and config methods (`config.RegistryURL()`, `cfg.Ledger()`), package-level clients (`var Default = NewClient(…)`) and one-line URL builders
  'go-config-accessor',
  // An in-house settings accessor given an environment variable's name (`config.get("SMTP_HOST", …)`)
  'config-accessor',
  // Code in a branch a known setting does not take (`if (AzureServiceBusEnabled)`)
  'config-branch',
  // A .NET settings class bound from env files (`globalSettings__mail__smtp__host=…`) choosing which implementation a shared library registers (`if (CoreHelpers.SettingHasValue(globalSettings.Mail?.Smtp?.Host)) services.AddSingleton<IMailDeliveryService, …>()`, `string.IsNullOrEmpty`, `!= null`, else-if chains); empty values and placeholders (`SECRET`) unset
  'csharp-settings-registrations',
  // A client base class given its server's address by each subclass's constructor (C# `: base(factory, globalSettings.BaseServiceUri.InternalNotifications)`, Java `super(restTemplate, props.getLedgerUrl())`) and calling through the client it configures: one edge per subclass, made by the service registering it
  'base-class-clients',
  // ASP.NET Core registrations chosen by IConfiguration values with no settings class (`if (config.GetValue<bool>("Features:X"))`,
  // `string.Equals(configuration["MessageBus:Provider"] ?? "AzureServiceBus", "RabbitMQ", OrdinalIgnoreCase)`, `GetSection("D").GetValue<bool>("UseGrpc")`)
  // in a Program.cs or a shared library's `Add…(IServiceCollection, IConfiguration)`, decided per deployable by appsettings.json
  // under its compose environment; appsettings.Development.json and a test project's settings are not the deployment's
  'csharp-configuration-registrations',
  // Code after an early-return guard on a feature flag defined as a comparison of an env read
  // (`ENABLE_X = os.environ.get("ENABLE_X", "0") == "1"`, `{ enabled: process.env.SMS_ENABLED === 'true' }`) the deployment switches off
  'feature-flag-guard',
  // A guard calling the project's own predicate on a switch (`if (!isEnabled('CHECK_FOR_UPDATES', true)) return`,
  // `isWorkerRole()`, Python's `has_apns_credentials()` testing `settings.APNS_CERT_FILE is not None`), and a
  // Django setting left unset in code (`= None`, `get_secret("x")` with no default) that no deployment sets
  'feature-flag-helper',
  // A NestJS module imported only under a condition (`if (isEnabled('ENABLE_COPILOT')) apiModules.push(CopilotModule)`,
  // `...(process.env.X === 'true' ? [XModule] : [])`): its controllers' and providers' calls carry it
  'nest-conditional-module',
  // A Spring class or @Bean method loaded only under `@ConditionalOnProperty` (Quarkus `@IfBuildProperty`)
  'spring-conditional-property',
  // Spring settings of a shared library module (`platform/config/src/main/resources/application.yaml`) on the class path of the deployables building it in, each filling its placeholders from its own environment
  'spring-library-settings',
  // Spring client beans (`@Bean RestClient`/`WebClient`/`RestTemplate`) nothing injects, and a `spring.mail.host` whose only mail code is switched off: no calls
  'spring-unused-beans',
  // A Spring bean loaded only under `@ConditionalOnExpression("${x.enabled:false}")` and its simple forms
  'spring-conditional-expression',
  // pydantic-settings `BaseSettings` fields filled from the environment variables of their names
  'pydantic-settings',
  'sectioned-config',
  // Apache Camel routes (Java DSL, YAML DSL, XML DSL, Camel K): endpoint URIs by component, placeholders, switched-off routes
  'camel',
  // Moleculer services loaded per container by SERVICES, calls and events through the transporter, mixins
  'moleculer',
  // Medusa v2's medusa-config.ts: modules and providers known by their `resolve` package, options read through env helpers, env-gated modules; a `medusa db:migrate` job of the same image keeping only the database
  'medusa-config',
  // Vendure's VendureConfig (dbConnectionOptions, plugins by class name whatever their package scope, values from an env module): the server's and the worker's connections told apart by the entry file calling bootstrap or bootstrapWorker
  'vendure-config',
  // Object literals read through conditional spreads (`...(isDev ? {…} : {…})`, `...(flag && {…})`), each branch keeping its condition so the deployed env decides
  'object-spreads',
  // A plugin's or dynamic module's own options (`X.init({ url })`, kept and injected into its services): what the module's code reads as `this.options.url`
  'plugin-options',
  // ThreeDotsLabs Watermill (Go): pub/subs (watermill-amqp, -kafka, -nats…) built as a bus's transports in one package, Publish/Subscribe and router handlers in others; the in-process GoChannel no broker
  'watermill',
  // go-micro: services found by the name they register (micro.Name), protoc-gen-micro clients, events through the broker MICRO_BROKER chooses, the micro API gateway's namespace
  'go-micro',
  // Vert.x: the clustered event bus, service proxies, service discovery records, WebClient
  'vertx',
  // Vert.x's Kafka client (core, RxJava, Mutiny): `KafkaConsumer.create` + `subscribe` consumes, `KafkaProducerRecord.create` sent by a `KafkaProducer` produces, brokers from `Map.of("bootstrap.servers", …)`; made in a shared Maven client module the services depend on
  'vertx-kafka',
  // The ABP Framework: the distributed event bus by its provider module, HTTP client proxies by remote service name
  'abp',
  // NestJS microservice transports (clients, servers), Bull queues, @nestjs/axios HttpModule, @nestjs/config registerAs
  'nestjs',
  // .NET service buses (MassTransit, NServiceBus): transports configured once, consumers and senders by message type
  'dotnet-service-bus',
  // Convey (.NET): capabilities registered on its builder (AddRabbitMq, AddMongo, AddRedis, AddHttpClient) reaching the fixed appsettings sections Convey binds
  'convey',
  // Steeltoe (.NET): config server files served by spring:application:name, connectors reaching fixed sections (mysql:client:server), Eureka-named HttpClient hosts
  'steeltoe',
  // Data-source (connector) plugins of a low-code platform (`plugins/packages/<name>` implementing a shared `QueryService`): SDK clients built from the user's data-source options are no integration of the deployment; a plugin calling the product's own hub by env var is
  'data-source-plugins',
  // Things that must not become edges
  'service-registry',
  'telemetry',
  // An observability backend run from its image: its storage chosen by the image's selector setting (SkyWalking's `SW_STORAGE` with `SW_STORAGE_BANYANDB_TARGETS` or `SW_STORAGE_ES_CLUSTER_NODES`, Jaeger's `SPAN_STORAGE_TYPE`, Zipkin's `STORAGE_TYPE`) and its UI querying it (`SW_OAP_ADDRESS`, GraphQL) are edges; agents and proxy routes sending the services' telemetry to it are not
  'telemetry-backend-storage',
  'decoy-comment',
  'decoy-test-file',
  'decoy-node-modules',
  'decoy-readme',
  // Manifests beside a kustomization.yaml that no kustomization lists (an Ingress kept for later, an old Deployment, a debug Pod in a subfolder): deployed by nobody
  'decoy-unlisted-manifest',
  // A reserved documentation host (`*.example`, `example.com`) as a disabled feature's default
  'reserved-host',
  // Browser code talking to the site that served it (a SPA's STOMP or fetch), not a system's connection
  'browser-code',
  // A single-page app bundled inside a deployable's code (a nested package.json of React and Vite): a system whose relative calls (fetch('/api/…'), axios baseURL '/api', io('/realtime'), new WebSocket('/x')) reach the deployable serving it or the one a proxy route's location sends the path to
  'bundled-spa',
  // A site's asset-build folder (NetBox's `project-static/package.json`: esbuild, bootstrap, htmx; no UI framework) inside a Python or Ruby web project, named like the product: browser code and the service's own pages, never its deployable nor a system
  'asset-bundle',
  // A deployed single-page app given its API's address at container start (an entrypoint script writing `window._env_`/`window.API_URL` from the deployment's environment): its calls on that setting are the deployable's, a loopback address the service publishing that port
  'spa-runtime-config',
  // A Helm template's branch the chart's values switch off (`{{- if .Values.ingress.enabled }}` with `enabled: false`)
  'helm-values-off',
  // A Helm template's objects and fields made by `range` over the chart's values (an Ingress's hosts and backends, a Deployment and Service per entry of a services map)
  'helm-range',
  // A Helm chart's dependencies its own values.yaml switches off (`condition: postgresql.enabled`, a comma list, `tags`), and objects named by the chart's fullname helper through `fullnameOverride`/`nameOverride`
  'helm-dependency-conditions',
  // Addresses a Helm chart's named templates build from its values (`_helpers.tpl`: `if eq .Values.redis.type "internal"`, `printf`, `include`, `.Release.Name`), used in ConfigMap data and env values, objects named by such helpers
  'helm-helpers',
  // A Helm chart deploying the roles a compose file runs of the same image (`{{ include "desk.fullname" . }}-worker` with `args: ["worker"]`, the image from `.Values.image.repository`): each workload is the compose service of the same image and command, the one named by the release alone (`desk-desk`) the image's CMD; the Bitnami sub-charts are compose's `<release>-postgresql` & co.; no system named after the chart
  'helm-release-roles',
  // HTTP clients reached through import aliases (`import requests as rq`, `{ get as httpGet }`, `gohttp "net/http"`)
  'import-alias',
  // Outgoing HTTP through a forward proxy of the deployment (HTTP_PROXY env, a client's proxy setting)
  'forward-proxy',
  // Alert routing: Prometheus' `alerting.alertmanagers` and a mounted Alertmanager configuration's routed receivers (Slack, SMTP relay, a webhook of the deployment); unrouted receivers, unmounted copies and scrape targets not edges
  'alert-routing',
  // ClickHouse's server configuration mounted into its container: the `<zookeeper>` nodes its replicas coordinate through; copies nothing mounts, commented-out nodes and a developer's ClickHouse not edges
  'clickhouse-config',
  // ClickHouse engines connecting the server itself: Kafka, RabbitMQ and NATS tables consuming the broker (broker → clickhouse), PostgreSQL and MySQL tables reading that database, in .sql files and migration code strings; commented-out DDL, test SQL, MergeTree tables and a datastore's depends_on its broker not edges
  'clickhouse-engines',
  // A dskit database (Loki, Mimir, Tempo, Cortex) run one part per deployable with `-target=`, one shared config file mounted into all: each setting's connections made by the parts reading it, the hash ring's distributor/querier → ingester calls; memberlist join lists, an unused consul kv block, a switched-off cache and a developer's `-target=all` not edges
  'dskit-config',
  // Dagster: the workspace's `grpc_server` code locations called by the web server and daemon loading it, the instance's storages and S3 compute logs used by them and (with a container run launcher) by the code locations' runs, `EnvVar("X")` as an env read, Dagster's S3, Snowflake and Slack resources; an in-process workspace for `dagster dev`, telemetry, DuckDB and a commented IO manager not edges
  'dagster-config',
  // node-config (`config` npm package): `config/default.yaml` overridden by `production.yaml` and by the env vars `custom-environment-variables.yaml` maps, read by `config.get<T>('a.b')` into an `export { CONFIG }` constants module; a typed boolean switch guarding code; a runner handing its server URL to a workspace library's function; test/dev configs, a production-off switch, a key read nowhere and a tests package's mock not edges
  'node-config',
  // nconf: env (`separator: '__'`, `lowerCase`) over the NODE_ENV file (`production.json`) over `config/default.json`, read by `conf.get('a:b')` and a boolean wrapper around get; a key left at localhost, test.json's hosts and a switched-off client not edges
  'nconf',
  // Docker Buildx Bake targets (`docker-bake.hcl`: dockerfile, context, tags from variables' defaults) tying image-only compose services to a Containerfile; a proxy template the image COPYs and a copied script envsubsts then starts (`nginx-entrypoint.sh`), its `${VAR}` from the runner's environment; an ungrouped target, an uncopied config, an upstream no runner sets (script default 0.0.0.0) not edges
  'docker-bake',
  // A self-hosted product phoning home: usage telemetry and update checks to the vendor (`fetch(UPDATES_URL)` in `checkUpdates`, Django's `requests.post(settings.TELEMETRY_URL)` in telemetry.py, a Go `http.Get(checkURL)` in `checkForUpdate`) not edges; a deployed service named `telemetry`, the operator's PostHog project, the app's own `updates` API and a partner's status update kept
  'phone-home',
  // Rust settings structs deserialised from a settings file (`toml::from_str::<Settings>`, `#[derive(Deserialize)]` sections with serde renames), the file bind-mounted by compose; field reads (`imagery_config.url` in a `format!`, `SETTINGS.database.connection`) bound to its keys; lettre SMTP transports; an unmounted defaults file, an example file, a commented-out key and a test's settings not edges
  'rust-settings-file',
  // One Go binary deployed once per role, each role switched on by a boolean env var defaulting to a master switch (`GetBool("ACME_ENABLE_CATALOG_SERVICE", enableAll)`): clients built once and handed only to some roles' branches are those roles' calls, a gateway role's path-prefix table through httputil reverse proxies, compose and Kubernetes naming one role differently
  'go-role-switches',
  // One Redis a service uses both as a store (a cache, sessions) and as a bus (Celery's broker, a Channels layer, Action Cable's pub/sub): a messaging edge beside its database edge; a layered configuration's dotted keys (`CONFIG.get("redis.host")` read as `APP_REDIS__HOST`); Action Cable's `config/cable.yml` Redis adapter
  'redis-bus',
  // SaaS vendors reached at their public API hosts with no compose service for them: GraphQL posted with Net::HTTP to a constant URL or an endpoint defaulting to the vendor's (`"#{@endpoint}/api/graphql"`, `DEFAULT_ENDPOINT = "https://gitlab.com".freeze`), a webhook URL kept in the database in a file whose literals name one vendor's host (`%r{\Ahttps://hooks\.slack\.com/}`), Python `CONST.format(prefix=…)`, mail servers read over IMAP and SMTP from an admin's settings (`Net::IMAP.new`, Mail's `delivery_method :smtp, address:`), a vendor's own client image (`maxmindinc/geoipupdate`); a call home to the product's hub, a commented-out pager, a spec's and a pytest's vendor calls not edges
  'saas-api-hosts',
  // A Rush/pnpm monorepo's pods handing their environment to workspace libraries: a Kafka wrapper whose factory hands back a queue with createProducer/createConsumer (each pod the end it calls), a storage string (`kind|host:port?params`) parsed into a MinIO client, a URL stored once in a process-wide registry (`setMetadata(key, url)`) that a client package reads back (`getMetadata(key)`) and fetches; a developer CLI package (`bin`, no Dockerfile, not deployed) not a system
  'workspace-shared-libs',
  // A Cargo workspace's binaries reaching only the shared crates' code they name (a drainer depending on external_services but calling only its crypto module makes no SES call), Redis streams as a queue through a wrapper crate (fred `xadd` in `stream_append_entry` producing, `xread_map` consuming), a `[connectors]` table's `*.base_url` read through a typed section, the settings file named by the command line inside a mounted folder
  'rust-cargo-streams',
  // A config module loading a YAML/JSON/TOML defaults file shipped beside it (`Path(__file__).parent / "default.yml"`) and laying the environment over it by walking `os.environ` for its prefix (`ACME_REDIS__HOST` → `redis.host`, `.replace("__", ".")`): dotted reads (`CONFIG.get_int("redis.port")`) fall back on the packaged values; empty hosts, telemetry URLs and a test settings module not edges
  'layered-defaults',
  // A monorepo image built from the workspace root whose Dockerfile names the package it runs only by package name (`CMD ["yarn", "workspace", "@acme/api-v2", "start:prod"]`, `RUN npx turbo prune --scope=@acme/web --docker`, pnpm `--filter`, npm `-w`, `nx run`, lerna `--scope`), the start command winning over build-only mentions; a service on the same image running a package's binary (`npx prisma studio`) not the package's code
  'workspace-package-image',
  // A Backstage app's `app-config.yaml` under `app-config.production.yaml` (the image's `--config` files), `${VAR}` from the deployment: keys counted only when the backend adds the plugin reading them (database, integrations and GitHub sign-in, catalog url locations, TechDocs S3 publisher, Elasticsearch search, Kubernetes clusters, proxy endpoints) and the org plugin's own section its code reads (`getConfig(…).getString('baseUrl')`); catalog-info resources folded into the datastores they name; dev values, an .env.example cluster, CI publishing and the frontend's `/api/proxy` fetches not edges
  'backstage-app-config',
  // Go settings read from an INI file through gopkg.in/ini.v1 (`sec := cfg.Section("database")`, `Database.Host = sec.Key("HOST").String()`, `MustString(def)`, `Section("storage").MapTo(&MinioConfig)` by `ini:"…"` tags), overridden by the deployment's `PRODUCT__section__KEY` variables (the prefix a Go constant ending in `__`), read in other packages as `setting.Database.Host`; an `app.example.ini` of localhost defaults not read
  'go-ini-settings',
  // A Redis list as a work queue from Go (go-redis `LPush` produces, `BRPop` consumes; one process may be both ends)
  'redis-queue-go',
  // A Dropwizard service's YAML configuration (`server conf/app.yaml`, `${VAR:-default}` filled from the environment) bound by Jackson to its `Configuration` class: a getter chain on a section's field (`config.getElasticSearchConfiguration().getHost()`) or on a parameter of the section's class handed to a client (`new URL(config.getApiEndpoint())`) read as that section's key, a `DataSourceFactory` section's JDBC URL a database edge; the server's own URL sent in a payload, a JWKS URL on localhost, a test's localhost endpoint and the UI dev proxy not edges
  'dropwizard-config',
  // A stock Go server configured by the YAML file its compose command names (`serve -c /etc/config/x/x.yml`, the folder bind-mounted): the file's SMTP, database and HTTP addresses are its connections, a key's path env var (`DSN`) from an overlay compose file overriding it; a proxy's access-rules file loaded by `file://` URL; a `-c … migrate sql` job making only its database connection; browser/public URLs, `file://` references, schema `$id`s, a test compose and a Helm chart's templated names not edges
  'command-config-file',
  // A service's whole settings document in one environment variable (`ACME_CONFIGURATION: |` + YAML an entrypoint writes to the framework's config file), or a settings file mounted anywhere whose container path a variable names (`ACME_CONFIGURATION_PATH`): that service's Spring/Micronaut settings
  'environment-settings-document',
  // An image copying a Gradle/Maven project's build output (`COPY cli/build/executable/acme-* …`, `<project>/build/libs/*.jar`, `<project>/target/*.jar`) runs that project, whatever the files are called
  'image-build-output',
  // Connect RPC clients over HTTP base URLs: connect-go's generated `<pkg>connect.New<Service>Client(httpClient, baseURL, …)` and `connect.NewClient[Req, Res](httpClient, url)`, connect-es transports (`createConnectTransport({ baseUrl })`, gRPC and gRPC-Web); the generated `New<Service>Handler` is the server
  'connect-rpc',
  // A SaaS product's official Node SDK or API host named after the product (googleapis' `google.calendar({ version: 'v3' })` and `@googleapis/calendar` → Google Calendar, `@microsoft/microsoft-graph-client` and graph.microsoft.com → Microsoft Graph, api.zoom.us, api.daily.co), the vendor's OAuth token endpoint called in the same file folded into that product; a test mocking the SDK, console links and OAuth redirect URIs of the app itself not edges
  'saas-product-sdk',
  // A workspace package the deployable loads by name whose index names no client (it only picks an app's class): every module the index imports is the deployable's
  'workspace-blind-loads',
  // Images a repository builds from root-level Dockerfiles named for them (`proxy.Dockerfile`, `Dockerfile.ldap`) compiling a Go `main` package (`go build -o /go/proxy ./cmd/proxy`), tagged by a Makefile and deployed by no compose file or manifest (only named in a Helm chart's values, `outposts.proxy: { image, env }`): each a deployable of its own running that command's code and taking in the values block's `env`; the main image's Go router and Django code not theirs
  'standalone-go-images',
  // A client OpenAPI Generator made from a server's specification (TypeScript `new XxxApi(new Configuration({ basePath }))` or `new XxxApi(config, basePath)`, Java `apiClient.setBasePath(url)`, Go `cfg.Servers = ServerConfigurations{{URL: url}}`, Python `Configuration(host=url)`): a REST edge to the base URL's system, followed through env vars; a public fallback host used only when the variable is unset, a browser-facing URL and a test's `nock` stub not edges
  'openapi-generated-client',
  // Redis as a Rails app's job queue and message bus where Sidekiq's own variables are not set: the Sidekiq initializer's `config.redis = { url: … }` built from the app's variables, an enqueue facade (`Jobs.enqueue(:job)` over `Sidekiq::Client.push`), MessageBus (every process publishes, the web process subscribes), beside the cache's database edge; OmniAuth providers in an initializer called from the web process only
  'rails-redis-queues',
  // Mail sent through mail providers' APIs in five languages (SDKs such as `new postmark.ServerClient`, `sendgrid.NewSendClient`, `new MailjetClient`, a provider's general client `@sendgrid/client`, a `requests.post` to api.mailgun.net): email to the provider, one table deciding which vendors are mail providers; Mailchimp's marketing API stays rest
  'mail-provider-apis',
  // A Python monorepo's optional integrations as distributions of their own (`src/integrations/<product>-redis/`, no command, requiring the product): plug-ins, not systems, whose connections are the deployables' that pick one of their modules by dotted path in their environment (`<PRODUCT>_MESSAGING_BROKER=<product>_redis.messaging`), else nobody's; example code under `examples/` nobody's
  'python-integration-plugins',
  // API management definitions (Gravitee v4 `endpointGroups` and v2 `proxy.groups`) a one-shot job imports into the management API: routes of the deployable running the gateway (its image, the image its Dockerfile builds on), not of the job mounting them; mock endpoints and expression targets not edges
  'api-management-definitions',
  // nginx images serving single-page apps (built FROM nginx from an Angular project): their depends_on the API the browser calls is a start order, whatever their environment says of its address
  'static-spa-server',
  // Kubernetes controllers and their API server (client-go's `rest.InClusterConfig`, `kubernetes.NewForConfig`: rest to `kubernetes-api`) configured by a ConfigMap read through the API by the name a `--configmap` flag defaults to, whose data keys are YAML documents (`persistence: |` postgresql block, `artifactRepository: |` s3 endpoint, `sso: |` issuer) patched in by a Kustomize overlay: each program connects with the fields its own code reads
  'configmap-documents',
  // A Hasura GraphQL Engine's metadata folder (CLI v3: version.yaml, databases/databases.yaml, actions.yaml), known by its files and applied to the one engine deployed: source databases `from_env`, actions' handlers, event and cron triggers' webhooks (`{{VAR}}` templates, `webhook_from_env`), remote schemas (graphql); services posting GraphQL request bodies to the engine's `/v1/graphql`
  'hasura-metadata',
  // A GraphQL engine run from a mirrored or private image (not named graphql-engine), its metadata applied by the CLI: the deployable whose compose `environment:`/`env_file` sets the metadata's `{{VAR}}` and `*_from_env` variables runs it; clients composing the engine's base URL with `/v1/graphql` in code are graphql
  'engine-by-environment',
  // A workflow orchestrator's deployment file (`deployments:` with `entrypoint: flows/x.py:flow` and `work_pool.job_variables.image`/`env`) naming the image a worker starts flow runs in: that image a deployable of its own (the flows' folder and Dockerfile, built FROM the product's image and so never its source), its job env its environment, the orchestrator's `<PRODUCT>_API_URL` a REST call; services of one image merging a shared env block with the server's database URL, a worker calling the server's API makes no database use of it
  'flow-deployment-images',
  // Which process of a Rails image runs a file, by what reaches it: OmniAuth authenticators (`register_middleware(omniauth)` → `omniauth.provider :gitlab`) and Rack middleware a settings file inserts are the web process's, job classes outside app/jobs (a plugin's `jobs/x.rb`, `< ::Jobs::Base`) Sidekiq's, a plugin's lib classes known by their `module` nesting, not their path; a vendor host built from the API key (`#{key}.rest.akismet.com`)
  'rails-entry-reach',
  // An image a program starts itself (a workflow controller's `--executor-image`, an `EXECUTOR_IMAGE`), built here (Makefile `--target`, a Dockerfile stage's `go build`) and run by no manifest: a deployable named after the image, with its command's connections
  'started-images',
  // TypeScript services reading their environment through a validation schema (zod `schema.parse(process.env)`/`safeParse(…).data`, envalid `cleanEnv`, t3-env `createEnv`) and the rest of the code through the validated object (`config.ORDERS_URL`, `env.REDIS_URL`, destructured): each entry an env read, the deployment's value winning over the schema's default
  'env-validation-schemas',
] as const;

export type CoverageTag = (typeof COVERAGE_TAGS)[number];

/** A system the fixture is expected to yield. */
export interface ExpectedSystem {
  /** slugOf the canonical name. */
  id: string;
  kind: SystemKind;
  /** Other names the system may be found under without being wrong (see the fixture's comments). */
  aliases: string[];
}

/** A fixture's expected.yaml. */
export interface ExpectedGraph {
  systems: ExpectedSystem[];
  integrations: Edge[];
  /** Secrets planted in the fixture that must never appear in a scan's output. */
  canaries: string[];
  covers: CoverageTag[];
}

/** One fixture folder. */
export interface Fixture {
  name: string;
  /** Absolute path of the folder. */
  dir: string;
  /** Absolute path of expected.yaml. */
  expectedFile: string;
  /** Absolute path of patchbay-rules.yaml when the fixture has one. */
  rulesFile?: string;
}

/** Every folder under the root that holds an expected.yaml, in name order. */
export function listFixtures(root: string = FIXTURES_ROOT): Fixture[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, EXPECTED_FILE)))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = join(root, name);
      const rulesFile = join(dir, RULES_FILE);
      return { name, dir, expectedFile: join(dir, EXPECTED_FILE), ...(existsSync(rulesFile) ? { rulesFile } : {}) };
    });
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/**
 * Reads and checks an expected graph. Throws one error listing every problem: ids that are not
 * slugs, unknown kinds or mechanisms, edges whose ends are not listed systems, duplicates,
 * self-loops, names shared by two systems, missing canaries, unknown coverage tags.
 */
export function parseExpected(text: string, file: string): ExpectedGraph {
  const problems: string[] = [];
  const document: unknown = parse(text);
  if (!isRecord(document)) throw new Error(`${file}: expected a mapping with systems, integrations, canaries and covers`);
  for (const key of Object.keys(document)) {
    if (!['systems', 'integrations', 'canaries', 'covers'].includes(key)) problems.push(`unknown key "${key}"`);
  }

  const systems: ExpectedSystem[] = [];
  const rawSystems = document.systems;
  if (!Array.isArray(rawSystems) || rawSystems.length === 0) problems.push('systems must be a non-empty list');
  for (const [index, raw] of (Array.isArray(rawSystems) ? rawSystems : []).entries()) {
    const where = `systems[${index}]`;
    if (!isRecord(raw)) {
      problems.push(`${where} must be a mapping`);
      continue;
    }
    const { id, kind, aliases = [] } = raw;
    for (const key of Object.keys(raw)) if (!['id', 'kind', 'aliases'].includes(key)) problems.push(`${where}: unknown key "${key}"`);
    if (typeof id !== 'string' || slugOf(id) !== id) problems.push(`${where}: id ${JSON.stringify(id)} must be a slug (slugOf(id) === id)`);
    if (!isOneOf(SYSTEM_KINDS, kind)) problems.push(`${where}: kind ${JSON.stringify(kind)} is not one of ${SYSTEM_KINDS.join(', ')}`);
    if (!isStringArray(aliases)) problems.push(`${where}: aliases must be a list of names`);
    if (typeof id === 'string' && isOneOf(SYSTEM_KINDS, kind) && isStringArray(aliases)) systems.push({ id, kind, aliases });
  }
  const ids = new Set<string>();
  for (const system of systems) {
    if (ids.has(system.id)) problems.push(`system ${system.id} is listed twice`);
    ids.add(system.id);
  }
  // Edges are told apart by their ends' keys as the harness compares them (metrics.ts).
  let keyOf = (name: string): string => nameKey(name);
  try {
    keyOf = systemNames(systems).keyOf;
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }

  const integrations: Edge[] = [];
  const rawIntegrations = document.integrations;
  if (!Array.isArray(rawIntegrations) || rawIntegrations.length === 0) problems.push('integrations must be a non-empty list');
  for (const [index, raw] of (Array.isArray(rawIntegrations) ? rawIntegrations : []).entries()) {
    const where = `integrations[${index}]`;
    if (!isRecord(raw)) {
      problems.push(`${where} must be a mapping`);
      continue;
    }
    const { source, target, mechanism } = raw;
    for (const key of Object.keys(raw)) if (!['source', 'target', 'mechanism'].includes(key)) problems.push(`${where}: unknown key "${key}"`);
    if (typeof source !== 'string' || !ids.has(source)) problems.push(`${where}: source ${JSON.stringify(source)} is not a listed system id`);
    if (typeof target !== 'string' || !ids.has(target)) problems.push(`${where}: target ${JSON.stringify(target)} is not a listed system id`);
    if (!isOneOf<Mechanism>(MECHANISMS, mechanism)) problems.push(`${where}: mechanism ${JSON.stringify(mechanism)} is not one of ${MECHANISMS.join(', ')}`);
    if (source === target) problems.push(`${where}: an integration from ${String(source)} to itself`);
    if (typeof source === 'string' && typeof target === 'string' && typeof mechanism === 'string') integrations.push({ source, target, mechanism });
  }
  const edges = new Set<string>();
  for (const edge of integrations) {
    const key = edgeKey({ source: keyOf(edge.source), target: keyOf(edge.target), mechanism: edge.mechanism });
    if (edges.has(key)) problems.push(`integration ${edge.source} -> ${edge.target} (${edge.mechanism}) is listed twice`);
    edges.add(key);
  }

  const canaries = document.canaries;
  if (!isStringArray(canaries) || canaries.length === 0) problems.push('canaries must be a non-empty list of strings');
  else for (const canary of canaries) if (!/CANARY/.test(canary) || canary.length < 10) problems.push(`canary "${canary}" must contain CANARY and be at least 10 characters`);

  const covers = document.covers;
  const tags: CoverageTag[] = [];
  if (!isStringArray(covers) || covers.length === 0) problems.push('covers must be a non-empty list of coverage tags');
  else
    for (const tag of covers) {
      if (isOneOf(COVERAGE_TAGS, tag)) tags.push(tag);
      else problems.push(`covers: unknown tag "${tag}" (known: ${COVERAGE_TAGS.join(', ')})`);
    }

  if (problems.length > 0) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return { systems, integrations, canaries: isStringArray(canaries) ? canaries : [], covers: tags };
}

/** A fixture's expected graph, checked. */
export function loadExpected(fixture: Fixture): ExpectedGraph {
  return parseExpected(readFileSync(fixture.expectedFile, 'utf8'), fixture.expectedFile);
}

/**
 * Every file under a folder, as `/`-separated paths relative to it, dot-files and node_modules
 * included (fixtures.test.ts uses it to check what is planted, not what a scan should read).
 */
export function filesUnder(dir: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...filesUnder(dir, path));
    else if (entry.isFile()) files.push(path);
  }
  return files.sort();
}

/** The name under which a fixture keeps a dependency folder the scanner must skip. */
export const DECOY_FOLDER = 'node_modules.decoy';

/**
 * Copies a fixture to a temporary folder as the repository it stands for: `node_modules.decoy`
 * folders become `node_modules`, so no dependency folder is tracked in this repository while the
 * scanner still meets one. Returns the copy's path and how to remove it.
 */
export function materialiseFixture(dir: string): { dir: string; dispose(): void } {
  const copy = mkdtempSync(join(tmpdir(), 'patchbay-fixture-'));
  cpSync(dir, copy, { recursive: true });
  const rename = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const path = join(folder, entry.name);
      if (entry.name === DECOY_FOLDER) renameSync(path, join(folder, 'node_modules'));
      else rename(path);
    }
  };
  rename(copy);
  return { dir: copy, dispose: () => rmSync(copy, { recursive: true, force: true }) };
}
