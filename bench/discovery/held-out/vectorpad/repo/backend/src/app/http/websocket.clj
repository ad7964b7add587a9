;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.http.websocket
  "A general protocol implementation on top of websockets."
  (:require
   [app.common.exceptions :as ex]
   [app.common.logging :as l]
   [app.common.transit :as t]
   [app.db :as db]
   [app.http.session :as session]
   [app.msgbus :as mbus]
   [app.util.websocket :as ws]
   [clojure.core.async :as a]
   [integrant.core :as ig]
   [yetti.websocket :as yws]))

(def state (atom {}))

(defmulti handle-message
  (fn [_ _ message]
    (:type message)))

(defmethod handle-message :connect
  [cfg {:keys [::ws/id] :as wsp} _]
  (let [msgbus    (::mbus/msgbus cfg)
        conn-id   id
        profile-id (::profile-id wsp)
        output-ch (::ws/output-ch wsp)
        xform     (remove #(= (:session-id %) conn-id))
        channel   (a/chan (a/dropping-buffer 16) xform)]

    (l/trace :fn "handle-message" :event "connect" :conn-id conn-id)

    ;; Subscribe to the profile channel; exports progress and
    ;; other per-user notifications arrive here.
    (mbus/sub! msgbus :topic (str profile-id) :chan channel)
    (a/pipe channel output-ch false)
    (swap! state assoc conn-id {:profile-id profile-id :channel channel})))

(defmethod handle-message :disconnect
  [cfg {:keys [::ws/id] :as wsp} _]
  (let [msgbus (::mbus/msgbus cfg)
        {:keys [channel]} (get @state id)]
    (l/trace :fn "handle-message" :event "disconnect" :conn-id id)
    (when channel
      (mbus/purge! msgbus [channel]))
    (swap! state dissoc id)))

(defmethod handle-message :subscribe-file
  [cfg {:keys [::ws/id ::ws/output-ch] :as wsp} {:keys [file-id] :as params}]
  (let [msgbus  (::mbus/msgbus cfg)
        channel (a/chan (a/dropping-buffer 64)
                        (remove #(= (:session-id %) id)))]
    (mbus/sub! msgbus :topic (str file-id) :chan channel)
    (a/pipe channel output-ch false)
    (mbus/pub! msgbus
               :topic (str file-id)
               :message {:type :join-file
                         :file-id file-id
                         :session-id id
                         :profile-id (::profile-id wsp)})))

(defmethod handle-message :pointer-update
  [cfg {:keys [::ws/id] :as wsp} {:keys [file-id] :as message}]
  (mbus/pub! (::mbus/msgbus cfg)
             :topic (str file-id)
             :message (assoc message
                             :session-id id
                             :profile-id (::profile-id wsp))))

(defmethod handle-message :default
  [_ wsp message]
  (l/warn :hint "received unexpected message" :message message :conn-id (::ws/id wsp)))

(defn- http-handler
  [cfg {:keys [params] :as request}]
  (let [{:keys [session-id]} params
        profile-id (::session/profile-id request)]
    (when-not profile-id
      (ex/raise :type :authentication
                :hint "Authentication required."))
    (if (yws/upgrade-request? request)
      (-> {::ws/handler (partial handle-message cfg)
           ::profile-id profile-id
           ::session-id session-id}
          (ws/handler))
      {::yres/status 405})))

(defmethod ig/init-key ::routes
  [_ cfg]
  ["/ws/notifications" {:middleware [[session/authz cfg]]
                        :handler (partial http-handler cfg)
                        :allowed-methods #{:get}}])
