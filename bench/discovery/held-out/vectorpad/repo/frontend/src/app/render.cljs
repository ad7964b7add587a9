;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.render
  "The main entry point for UI part needed by the exporter."
  (:require
   [app.common.logging :as l]
   [app.common.uri :as u]
   [app.common.uuid :as uuid]
   [app.main.data.fonts :as df]
   [app.main.render :as render]
   [app.main.repo :as repo]
   [app.main.store :as st]
   [app.util.dom :as dom]
   [app.util.globals :as glob]
   [beicon.v2.core :as rx]
   [cuerdas.core :as str]
   [potok.v2.core :as ptk]
   [rumext.v2 :as mf]))

(def ref:objects
  (okulary.core/derived :objects st/state))

(l/setup! {:app :info})

(defn- fetch-objects-bundle
  [& {:keys [file-id page-id share-id object-id] :as options}]
  (ptk/reify ::fetch-objects-bundle
    ptk/WatchEvent
    (watch [_ _ _]
      (->> (rx/zip
            (repo/cmd! :get-font-variants {:file-id file-id :share-id share-id})
            (repo/cmd! :get-page {:file-id file-id
                                  :page-id page-id
                                  :share-id share-id
                                  :object-id object-id}))
           (rx/map (fn [[fonts {:keys [objects]}]]
                     (rx/concat
                      (rx/of (df/fonts-fetched fonts))
                      (rx/of #(assoc % :objects objects)))))))))

(mf/defc object-svg
  {::mf/wrap-props false}
  [{:keys [object-id embed skip-children]}]
  (let [objects (mf/deref ref:objects)]
    (when objects
      [:& render/object-svg
       {:objects objects
        :object-id object-id
        :embed embed
        :skip-children skip-children}])))

(defn- render-objects
  [params]
  (let [{:keys [file-id page-id share-id object-id embed skip-children]} params]
    (st/emit! (fetch-objects-bundle :file-id file-id
                                    :page-id page-id
                                    :share-id share-id
                                    :object-id object-id))
    (mf/html
     [:div
      (for [id object-id]
        [:div {:id (str "screenshot-" id) :key (str id)}
         [:& object-svg {:object-id id :embed embed :skip-children skip-children}]])])))

(defonce app-root
  (let [el (dom/get-element "app")]
    (mf/create-root el)))

(defn ^:export init
  []
  (let [uri    (glob/get-current-uri)
        params (u/query-string->map (:query uri))]
    (mf/render! app-root (render-objects params))))
