;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.db
  (:refer-clojure :exclude [get run!])
  (:require
   [app.common.data :as d]
   [app.common.exceptions :as ex]
   [app.common.logging :as l]
   [app.common.spec :as us]
   [app.db.sql :as sql]
   [app.migrations :as mg]
   [clojure.java.io :as io]
   [clojure.spec.alpha :as s]
   [integrant.core :as ig]
   [next.jdbc :as jdbc]
   [next.jdbc.date-time :as jdbc-dt])
  (:import
   com.zaxxer.hikari.HikariConfig
   com.zaxxer.hikari.HikariDataSource
   java.sql.Connection
   javax.sql.DataSource
   org.postgresql.util.PGobject))

(declare open)
(declare create-pool)

;; --- Initialization

(s/def ::connection-timeout ::us/integer)
(s/def ::max-size ::us/integer)
(s/def ::min-size ::us/integer)
(s/def ::name keyword?)
(s/def ::password ::us/string)
(s/def ::uri ::us/not-empty-string)
(s/def ::username ::us/string)
(s/def ::validation-timeout ::us/integer)
(s/def ::read-only? ::us/boolean)

(s/def ::pool-options
  (s/keys :opt [::uri ::name
                ::min-size
                ::max-size
                ::connection-timeout
                ::validation-timeout
                ::username
                ::password
                ::read-only?]))

(def defaults
  {::name :main
   ::min-size 0
   ::max-size 60
   ::connection-timeout 10000
   ::validation-timeout 10000
   ::idle-timeout 120000 ; 2min
   ::max-lifetime 1800000 ; 30m
   ::read-only? false})

(defmethod ig/prep-key ::pool
  [_ cfg]
  (merge defaults (d/without-nils cfg)))

(defmethod ig/pre-init-spec ::pool [_] ::pool-options)

(defmethod ig/init-key ::pool
  [_ {:keys [::uri ::read-only?] :as cfg}]
  (when uri
    (l/info :hint "initialize connection pool"
            :name (d/name (::name cfg))
            :uri uri
            :read-only read-only?
            :min-size (::min-size cfg)
            :max-size (::max-size cfg))
    (let [pool (create-pool cfg)]
      (when-not read-only?
        (mg/migrate! pool))
      pool)))

(defmethod ig/halt-key! ::pool
  [_ pool]
  (when pool
    (.close ^HikariDataSource pool)))

(def initsql
  (str "SET statement_timeout = 300000;\n"
       "SET idle_in_transaction_session_timeout = 300000;"))

(defn- create-datasource-config
  [{:keys [::uri] :as cfg}]
  (let [config (HikariConfig.)]
    (doto config
      (.setJdbcUrl (str "jdbc:" uri))
      (.setPoolName (d/name (::name cfg)))
      (.setAutoCommit true)
      (.setReadOnly (::read-only? cfg))
      (.setConnectionTimeout (::connection-timeout cfg))
      (.setValidationTimeout (::validation-timeout cfg))
      (.setIdleTimeout (::idle-timeout cfg))
      (.setMaxLifetime (::max-lifetime cfg))
      (.setMinimumIdle (::min-size cfg))
      (.setMaximumPoolSize (::max-size cfg))
      (.setConnectionInitSql initsql)
      (.setInitializationFailTimeout -1))

    ;; When username is provided, set it.
    (some->> ^String (::username cfg) (.setUsername config))
    (some->> ^String (::password cfg) (.setPassword config))

    config))

(defn pool?
  [v]
  (instance? javax.sql.DataSource v))

(defn create-pool
  [cfg]
  (let [dsc (create-datasource-config cfg)]
    (jdbc-dt/read-as-instant)
    (HikariDataSource. dsc)))

(defn open
  [pool]
  (jdbc/get-connection pool))

(defn exec!
  ([ds sv] (jdbc/execute! ds sv {:builder-fn sql/as-kebab-maps}))
  ([ds sv opts] (jdbc/execute! ds sv (merge {:builder-fn sql/as-kebab-maps} opts))))

(defn exec-one!
  ([ds sv] (jdbc/execute-one! ds sv {:builder-fn sql/as-kebab-maps}))
  ([ds sv opts] (jdbc/execute-one! ds sv (merge {:builder-fn sql/as-kebab-maps} opts))))

(defn insert!
  [ds table params]
  (exec-one! ds (sql/insert table params) {:return-keys true}))

(defn update!
  [ds table params where]
  (exec-one! ds (sql/update table params where) {:return-keys true}))

(defn get*
  [ds table params]
  (exec-one! ds (sql/select table params)))

(defn get
  [ds table params]
  (let [row (get* ds table params)]
    (when-not row
      (ex/raise :type :not-found
                :code :object-not-found
                :table table))
    row))

(defmacro with-atomic
  [& args]
  `(jdbc/with-transaction ~@args))

(defn tjson
  [data]
  (doto (PGobject.)
    (.setType "jsonb")
    (.setValue (str data))))
