;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.msgbus
  "The msgbus abstraction implemented using redis as underlying backend."
  (:require
   [app.common.data :as d]
   [app.common.logging :as l]
   [app.common.transit :as t]
   [app.config :as cf]
   [app.redis :as rds]
   [app.worker :as wrk]
   [clojure.core.async :as a]
   [clojure.spec.alpha :as s]
   [integrant.core :as ig]))

(set! *warn-on-reflection* true)

(def ^:private prefix (cf/get :tenant))

(defn- prefix-topic
  [topic]
  (str prefix "." topic))

(def ^:private xform-prefix-topic
  (map (fn [obj] (update obj :topic prefix-topic))))

(declare ^:private redis-pub)
(declare ^:private start-io-loop!)
(declare ^:private subscribe-to-topics)
(declare ^:private unsubscribe-channels)

(defmethod ig/pre-init-spec ::msgbus [_]
  (s/keys :req [::rds/redis ::wrk/executor]))

(defmethod ig/init-key ::msgbus
  [_ {:keys [::buffer-size ::wrk/executor ::rds/redis] :or {buffer-size 128} :as cfg}]
  (l/info :hint "initialize msgbus" :buffer-size buffer-size)
  (let [cmd-ch (a/chan (a/sliding-buffer buffer-size))
        rcv-ch (a/chan (a/dropping-buffer buffer-size))
        pub-ch (a/chan (a/dropping-buffer buffer-size) xform-prefix-topic)
        state  (agent {})

        pconn  (rds/connect redis)
        sconn  (rds/connect-pubsub redis)

        msgbus (-> cfg
                   (assoc ::pconn pconn)
                   (assoc ::sconn sconn)
                   (assoc ::cmd-ch cmd-ch)
                   (assoc ::rcv-ch rcv-ch)
                   (assoc ::pub-ch pub-ch)
                   (assoc ::state state))]

    (rds/add-listener! sconn (fn [topic message]
                               (a/>!! rcv-ch {:topic topic :message (t/decode message)})))

    (start-io-loop! msgbus)
    msgbus))

(defmethod ig/halt-key! ::msgbus
  [_ msgbus]
  (a/close! (::cmd-ch msgbus))
  (a/close! (::rcv-ch msgbus))
  (a/close! (::pub-ch msgbus))
  (rds/close! (::pconn msgbus))
  (rds/close! (::sconn msgbus)))

(defn sub!
  [{:keys [::state ::sconn] :as cfg} & {:keys [topic topics chan]}]
  (let [topics (into [] (map prefix-topic) (if topic [topic] topics))]
    (l/debug :hint "subscribe" :topics topics)
    (send-off state (fn [state]
                      (subscribe-to-topics state sconn topics chan)))))

(defn purge!
  [{:keys [::state ::sconn]} chans]
  (l/trace :hint "purge" :chans (count chans))
  (send-off state #(unsubscribe-channels % sconn chans)))

(defn pub!
  [{:keys [::pub-ch]} & {:as params}]
  (a/go
    (a/>! pub-ch params)))

(defn- subscribe-to-topics
  [state sconn topics chan]
  (let [new-topics (into #{} (remove #(contains? (:topics state) %)) topics)]
    (when (seq new-topics)
      (rds/subscribe! sconn new-topics))
    (-> state
        (update :chans assoc chan (into #{} topics))
        (update :topics (fn [m] (reduce #(update %1 %2 (fnil conj #{}) chan) m topics))))))

(defn- unsubscribe-channels
  [state sconn chans]
  (let [topics (into #{} (mapcat #(get-in state [:chans %])) chans)]
    (rds/unsubscribe! sconn topics)
    (-> state
        (update :chans #(apply dissoc % chans))
        (update :topics #(apply dissoc % topics)))))

(defn- start-io-loop!
  [{:keys [::rcv-ch ::pub-ch ::state ::pconn] :as cfg}]
  (a/go-loop []
    (let [[val port] (a/alts! [pub-ch rcv-ch])]
      (cond
        (nil? val)
        (l/debug :hint "io-loop thread terminated")

        (identical? port rcv-ch)
        (let [{:keys [topic message]} val
              chans (get-in @state [:topics topic])]
          (doseq [ch chans]
            (a/>! ch message))
          (recur))

        (identical? port pub-ch)
        (do
          (redis-pub pconn val)
          (recur))))))

(defn- redis-pub
  [pconn {:keys [topic message]}]
  (try
    (rds/publish! pconn topic (t/encode message))
    (catch Throwable cause
      (l/error :hint "unexpected error on publishing" :cause cause :topic topic))))
