;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.main.data.exports
  (:require
   [app.common.uuid :as uuid]
   [app.main.data.modal :as modal]
   [app.main.data.websocket :as dws]
   [app.main.repo :as rp]
   [app.util.dom :as dom]
   [beicon.v2.core :as rx]
   [potok.v2.core :as ptk]))

(def default-timeout 5000)

(defn- initialize-export-status
  [exports cmd resource]
  (ptk/reify ::initialize-export-status
    ptk/UpdateEvent
    (update [_ state]
      (assoc state :export {:in-progress true
                            :resource-id (:id resource)
                            :healthy? true
                            :error false
                            :progress 0
                            :widget-visible true
                            :detail-visible true
                            :exports exports
                            :last-update (.getTime (js/Date.))
                            :cmd cmd}))))

(defn- update-export-status
  [{:keys [done status resource-id resource-uri filename] :as data}]
  (ptk/reify ::update-export-status
    ptk/UpdateEvent
    (update [_ state]
      (cond-> state
        (= status "running") (update :export assoc :progress done)
        (= status "error")   (update :export assoc :error (:cause data) :in-progress false)
        (= status "ended")   (update :export assoc :in-progress false)))

    ptk/EffectEvent
    (effect [_ _ _]
      (when (= status "ended")
        (dom/trigger-download-uri filename "application/zip" resource-uri)))))

(defn request-multiple-export
  [{:keys [exports cmd] :or {cmd :export-shapes}}]
  (ptk/reify ::request-multiple-export
    ptk/WatchEvent
    (watch [_ state stream]
      (let [profile-id (:profile-id state)
            params     {:exports exports
                        :profile-id profile-id
                        :cmd cmd
                        :wait false}

            progress-stream
            (->> stream
                 (rx/filter (ptk/type? ::dws/message))
                 (rx/map deref)
                 (rx/filter #(= :export-update (:type %)))
                 (rx/map update-export-status))]

        (rx/merge
         ;; Once the export is requested, the exporter starts to send
         ;; progress events through the notifications websocket.
         (->> (rp/cmd! cmd params)
              (rx/mapcat (fn [{:keys [id] :as resource}]
                           (rx/merge
                            (rx/of (initialize-export-status exports cmd resource))
                            (->> progress-stream
                                 (rx/filter #(contains? #{"ended" "error"} (:status %)))
                                 (rx/take 1)))))
              (rx/catch (fn [cause]
                          (rx/of (modal/hide)
                                 (ptk/data-event ::export-error {:cause cause}))))))))))
