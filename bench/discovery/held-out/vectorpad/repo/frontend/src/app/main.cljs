;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.main
  (:require
   [app.common.logging :as log]
   [app.config :as cf]
   [app.main.data.auth :as da]
   [app.main.data.websocket :as ws]
   [app.main.errors]
   [app.main.repo :as rp]
   [app.main.router :as rt]
   [app.main.store :as st]
   [app.main.ui :as ui]
   [app.main.ui.modal :refer [modal]]
   [app.util.dom :as dom]
   [app.util.i18n :as i18n]
   [beicon.v2.core :as rx]
   [potok.v2.core :as ptk]
   [rumext.v2 :as mf]))

(log/setup! {:app :info})

(when (= :browser cf/target)
  (log/info :message "Welcome to vectorpad"
            :version (:full cf/version)
            :public-uri (str cf/public-uri)))

(declare reinit)

(defonce app-root
  (let [el (dom/get-element "app")]
    (mf/create-root el)))

(defn init-ui
  []
  (mf/render! app-root (mf/element ui/app)))

(defn- initialize-profile
  "Event used mainly on application bootstrap; it fetches the profile
  and if and only if the fetched profile corresponds to an
  authenticated user, proceed to fetch teams."
  []
  (ptk/reify ::initialize-profile
    ptk/WatchEvent
    (watch [_ _ stream]
      (rx/merge
       (->> (rp/cmd! :get-profile)
            (rx/map da/profile-fetched))
       (->> stream
            (rx/filter (ptk/type? ::da/profile-fetched))
            (rx/take 1)
            (rx/map deref)
            (rx/filter da/is-authenticated?)
            (rx/map (fn [_] (ws/initialize))))))))

(defn ^:export init
  []
  (i18n/init! cf/translations)
  (cf/initialize-theme)
  (init-ui)
  (st/emit! (initialize-profile)
            (rt/init-routes)))

(defn ^:export reinit
  ([]
   (reinit false))
  ([hard?]
   (mf/unmount! app-root)
   (init-ui)))
