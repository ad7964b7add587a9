;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.main
  (:require
   [app.common.logging :as l]
   [app.config :as cf]
   [app.db :as-alias db]
   [app.email :as-alias email]
   [app.http :as-alias http]
   [app.http.assets :as-alias http.assets]
   [app.http.session :as-alias session]
   [app.http.websocket :as-alias ws]
   [app.msgbus :as-alias mbus]
   [app.redis :as-alias rds]
   [app.rpc :as-alias rpc]
   [app.setup :as-alias setup]
   [app.storage :as-alias sto]
   [app.storage.fs :as-alias sto.fs]
   [app.storage.s3 :as-alias sto.s3]
   [app.tasks.telemetry :as-alias telemetry]
   [app.util.time :as dt]
   [app.worker :as-alias wrk]
   [clojure.string :as str]
   [integrant.core :as ig])
  (:gen-class))

(def system-config
  {::db/pool
   {::db/uri        (cf/get :database-uri)
    ::db/username   (cf/get :database-username)
    ::db/password   (cf/get :database-password)
    ::db/read-only? (cf/get :database-readonly false)
    ::db/min-size   (cf/get :database-min-pool-size 0)
    ::db/max-size   (cf/get :database-max-pool-size 60)}

   ;; Default netty IO pool (shared between several services)
   ::wrk/netty-io-executor
   {:threads (cf/get :netty-io-threads)}

   ::wrk/executor
   {}

   ::rds/redis
   {::rds/uri (cf/get :redis-uri)
    ::wrk/executor (ig/ref ::wrk/executor)}

   ::mbus/msgbus
   {::wrk/executor (ig/ref ::wrk/executor)
    ::rds/redis    (ig/ref ::rds/redis)}

   ::session/manager
   {::db/pool (ig/ref ::db/pool)}

   ::http/server
   {::http/port                    (cf/get :http-server-port)
    ::http/host                    (cf/get :http-server-host)
    ::http/router                  (ig/ref ::http/router)
    ::http/max-body-size           (cf/get :http-server-max-body-size)
    ::http/max-multipart-body-size (cf/get :http-server-max-multipart-body-size)}

   ::ws/routes
   {::db/pool         (ig/ref ::db/pool)
    ::mbus/msgbus     (ig/ref ::mbus/msgbus)
    ::session/manager (ig/ref ::session/manager)}

   ::http.assets/routes
   {::sto/storage  (ig/ref ::sto/storage)
    ::http.assets/path  (cf/get :assets-path)
    ::http.assets/cache-max-age (dt/duration {:hours 24})}

   ::http/router
   {::session/manager    (ig/ref ::session/manager)
    ::db/pool            (ig/ref ::db/pool)
    ::rpc/routes         (ig/ref ::rpc/routes)
    ::ws/routes          (ig/ref ::ws/routes)
    ::http.assets/routes (ig/ref ::http.assets/routes)
    ::setup/props        (ig/ref ::setup/props)}

   ::rpc/methods
   {::db/pool         (ig/ref ::db/pool)
    ::mbus/msgbus     (ig/ref ::mbus/msgbus)
    ::sto/storage     (ig/ref ::sto/storage)
    ::session/manager (ig/ref ::session/manager)
    ::setup/props     (ig/ref ::setup/props)}

   ::rpc/routes
   {::rpc/methods     (ig/ref ::rpc/methods)
    ::db/pool         (ig/ref ::db/pool)
    ::session/manager (ig/ref ::session/manager)}

   ::email/sendmail
   {::email/host             (cf/get :smtp-host)
    ::email/port             (cf/get :smtp-port)
    ::email/ssl              (cf/get :smtp-ssl)
    ::email/tls              (cf/get :smtp-tls)
    ::email/username         (cf/get :smtp-username)
    ::email/password         (cf/get :smtp-password)
    ::email/default-reply-to (cf/get :smtp-default-reply-to)
    ::email/default-from     (cf/get :smtp-default-from)}

   ::email/handler
   {::email/sendmail (ig/ref ::email/sendmail)}

   ::telemetry/handler
   {::db/pool     (ig/ref ::db/pool)
    ::setup/props (ig/ref ::setup/props)}

   ::setup/props
   {::db/pool (ig/ref ::db/pool)
    ::setup/key (cf/get :secret-key)}

   ::sto/storage
   {::db/pool      (ig/ref ::db/pool)
    ::sto/backends
    {:assets-s3 (ig/ref ::sto.s3/backend)
     :assets-fs (ig/ref ::sto.fs/backend)
     ;; LEGACY (should not be removed, can only be removed after an
     ;; explicit migration because the database objects/rows will
     ;; still reference the old names).
     :s3 (ig/ref ::sto.s3/backend)
     :fs (ig/ref ::sto.fs/backend)}}

   ::sto.s3/backend
   {::sto.s3/region     (cf/get :storage-assets-s3-region)
    ::sto.s3/endpoint   (cf/get :storage-assets-s3-endpoint)
    ::sto.s3/bucket     (cf/get :storage-assets-s3-bucket)
    ::sto.s3/io-threads (cf/get :storage-assets-s3-io-threads)
    ::wrk/netty-io-executor (ig/ref ::wrk/netty-io-executor)}

   ::sto.fs/backend
   {::sto.fs/directory (cf/get :storage-assets-fs-directory)}})

(def worker-config
  {::wrk/cron
   {::wrk/entries
    [{:cron #app/cron "0 0 */6 * * ?" ;; every 6h
      :task :file-gc}
     {:cron #app/cron "30 */5 * * * ?" ;; every 5m
      :task :telemetry}]}

   ::wrk/registry
   {::wrk/tasks
    {:sendmail  (ig/ref ::email/handler)
     :telemetry (ig/ref ::telemetry/handler)}}})

(def system nil)

(defn start
  []
  (ig/load-namespaces (merge system-config worker-config))
  (alter-var-root #'system (fn [sys]
                             (when sys (ig/halt! sys))
                             (-> (merge system-config worker-config)
                                 (ig/expand)
                                 (ig/init))))
  (l/inf :hint "welcome to vectorpad"
         :flags (str/join "," (map name cf/flags))
         :version (:full cf/version)))

(defn stop
  []
  (alter-var-root #'system (fn [sys]
                             (when sys (ig/halt! sys))
                             nil)))

(defn -main
  [& _args]
  (try
    (start)
    (catch Throwable cause
      (l/error :hint (ex-message cause)
               :cause cause)
      (System/exit -1))))
