;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.redis
  (:require
   ["ioredis$default" :as Redis]
   [app.common.logging :as l]
   [app.common.transit :as t]
   [app.config :as cf]
   [cuerdas.core :as str]
   [promesa.core :as p]))

(l/set-level! :trace)

(defonce client (atom nil))

(defn- create-client
  [uri]
  (let [^js client (new Redis uri)]
    (.on client "connect"
         (fn [] (l/info :hint "redis connection established" :uri uri)))
    (.on client "error"
         (fn [cause] (l/error :hint "error on redis connection" :cause cause)))
    client))

(defn init
  []
  (let [uri (cf/get :redis-uri)]
    (l/info :hint "initializing redis client" :uri uri)
    (reset! client (create-client uri))))

(defn stop
  []
  (when-let [^js client @client]
    (.quit client)))

(def ^:private prefix (cf/get :tenant))

(defn pub!
  [topic payload]
  (let [payload (if (map? payload) (t/encode-str payload) payload)
        topic   (str prefix "." topic)]
    (when-let [^js client @client]
      (.publish client topic payload))))
