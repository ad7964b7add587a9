;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.redis
  "The msgbus abstraction implemented using redis as underlying backend."
  (:require
   [app.common.data :as d]
   [app.common.exceptions :as ex]
   [app.common.logging :as l]
   [app.common.spec :as us]
   [clojure.core :as c]
   [clojure.spec.alpha :as s]
   [integrant.core :as ig])
  (:import
   io.lettuce.core.RedisClient
   io.lettuce.core.RedisURI
   io.lettuce.core.api.StatefulConnection
   io.lettuce.core.api.StatefulRedisConnection
   io.lettuce.core.codec.ByteArrayCodec
   io.lettuce.core.codec.RedisCodec
   io.lettuce.core.codec.StringCodec
   io.lettuce.core.pubsub.RedisPubSubListener
   io.lettuce.core.pubsub.StatefulRedisPubSubConnection
   io.lettuce.core.pubsub.api.sync.RedisPubSubCommands
   io.lettuce.core.resource.ClientResources
   io.lettuce.core.resource.DefaultClientResources
   java.time.Duration))

(set! *warn-on-reflection* true)

(declare ^:private initialize-resources)
(declare ^:private shutdown-resources)

(s/def ::timer any?)
(s/def ::uri ::us/not-empty-string)
(s/def ::connect? ::us/boolean)
(s/def ::io-threads ::us/integer)
(s/def ::worker-threads ::us/integer)

(defmethod ig/prep-key ::redis
  [_ cfg]
  (let [cpus    (.availableProcessors (Runtime/getRuntime))
        threads (max 1 (int (* cpus 0.2)))]
    (merge {::timeout (Duration/ofSeconds 10)
            ::io-threads (max 3 threads)
            ::worker-threads (max 3 threads)}
           (d/without-nils cfg))))

(defmethod ig/pre-init-spec ::redis [_]
  (s/keys :req [::uri]
          :opt [::io-threads ::worker-threads]))

(defmethod ig/init-key ::redis
  [_ {:keys [::uri] :as cfg}]
  (l/info :hint "initialize redis resources"
          :uri uri
          :io-threads (::io-threads cfg)
          :worker-threads (::worker-threads cfg))
  (initialize-resources cfg))

(defmethod ig/halt-key! ::redis
  [_ instance]
  (shutdown-resources instance))

(def default-codec
  (RedisCodec/of StringCodec/UTF8 ByteArrayCodec/INSTANCE))

(defn- initialize-resources
  [{:keys [::uri ::io-threads ::worker-threads] :as cfg}]
  (let [resources (.. (DefaultClientResources/builder)
                      (ioThreadPoolSize ^long io-threads)
                      (computationThreadPoolSize ^long worker-threads)
                      (build))
        redis-uri (RedisURI/create ^String uri)]
    {::resources resources
     ::redis-uri redis-uri
     ::client (RedisClient/create ^ClientResources resources ^RedisURI redis-uri)}))

(defn- shutdown-resources
  [{:keys [::resources ::client]}]
  (when client
    (.shutdown ^RedisClient client))
  (when resources
    (.shutdown ^ClientResources resources)))

(defn connect
  [{:keys [::client ::timeout]}]
  (let [conn (.connect ^RedisClient client ^RedisCodec default-codec)]
    (.setTimeout ^StatefulRedisConnection conn ^Duration timeout)
    conn))

(defn connect-pubsub
  [{:keys [::client ::timeout]}]
  (let [conn (.connectPubSub ^RedisClient client ^RedisCodec default-codec)]
    (.setTimeout ^StatefulRedisPubSubConnection conn ^Duration timeout)
    conn))

(defn publish!
  [conn topic message]
  (let [cmd (.sync ^StatefulRedisConnection conn)]
    (.publish ^io.lettuce.core.api.sync.RedisCommands cmd ^String topic ^bytes message)))

(defn subscribe!
  [conn topics]
  (let [cmd (.sync ^StatefulRedisPubSubConnection conn)]
    (.subscribe ^RedisPubSubCommands cmd ^"[Ljava.lang.String;" (into-array String topics))))

(defn unsubscribe!
  [conn topics]
  (let [cmd (.sync ^StatefulRedisPubSubConnection conn)]
    (.unsubscribe ^RedisPubSubCommands cmd ^"[Ljava.lang.String;" (into-array String topics))))

(defn add-listener!
  [conn on-message]
  (let [listener (reify RedisPubSubListener
                   (message [_ _pattern _topic _message])
                   (message [_ topic message]
                     (on-message topic message))
                   (psubscribed [_ _pattern _count])
                   (punsubscribed [_ _pattern _count])
                   (subscribed [_ _topic _count])
                   (unsubscribed [_ _topic _count]))]
    (.addListener ^StatefulRedisPubSubConnection conn ^RedisPubSubListener listener)))

(defn close!
  [conn]
  (.close ^StatefulConnection conn))
