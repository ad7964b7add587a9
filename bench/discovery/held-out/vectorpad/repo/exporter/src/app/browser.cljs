;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.browser
  (:require
   ["generic-pool$default" :as gp]
   ["generic-pool/lib/errors" :as gpe]
   ["playwright" :as pw]
   [app.common.data :as d]
   [app.common.logging :as l]
   [app.config :as cf]
   [app.util.object :as obj]
   [promesa.core :as p]))

(l/set-level! :trace)

;; --- BROWSER API

(def default-timeout 30000)
(def default-viewport {:width 1920 :height 1080 :scale 1})
(def default-user-agent
  (str "Mozilla/5.0 (X11; Linux x86_64) "
       "AppleWebKit/537.36 (KHTML, like Gecko) "
       "Chrome/130.0.0.0 Safari/537.36"))

(defn set-cookie!
  [page {:keys [key value domain]}]
  (let [context (.context ^js page)]
    (.addCookies context #js [#js {:name key
                                   :value value
                                   :domain domain
                                   :path "/"}])))

(defn navigate!
  ([page url] (navigate! page url nil))
  ([page url {:keys [timeout cookies] :or {timeout 20000}}]
   (p/do!
    (p/run (partial set-cookie! page) cookies)
    (.goto ^js page (str url) #js {:waitUntil "networkidle" :timeout timeout}))))

(defn sleep
  [page ms]
  (.waitForTimeout ^js page ms))

(defn wait-for
  ([locator] (wait-for locator nil))
  ([locator {:keys [state timeout] :or {state "visible" :timeout default-timeout}}]
   (.waitFor ^js locator #js {:state state :timeout timeout})))

(defn screenshot
  ([frame] (screenshot frame {}))
  ([frame {:keys [full-page? omit-background? type quality path]
           :or {type "png" full-page? false omit-background? false quality 95}}]
   (let [options (-> (obj/new)
                     (obj/set! "type" (name type))
                     (obj/set! "omitBackground" omit-background?)
                     (cond-> path (obj/set! "path" path))
                     (cond-> (= "jpeg" type) (obj/set! "quality" quality))
                     (cond-> full-page? (-> (obj/set! "fullPage" true)
                                            (obj/set! "clip" nil))))]
     (.screenshot ^js frame options))))

(defn pdf
  ([page] (pdf page nil))
  ([page {:keys [scale path page-ranges] :or {page-ranges "1" scale 1}}]
   (.emulateMedia ^js page #js {:media "screen"})
   (.pdf ^js page #js {:path path
                       :scale scale
                       :pageRanges page-ranges
                       :printBackground true
                       :preferCSSPageSize true})))

(defn eval!
  [frame f]
  (.evaluate ^js frame f))

;; --- BROWSER POOL

(def browser-pool-factory
  (letfn [(create []
            (p/let [opts     #js {:args #js ["--font-render-hinting=none"]}
                    browser  (.launch pw/chromium opts)
                    id       (swap! pool-browser-id inc)]
              (l/info :origin "factory" :action "create" :browser-id id)
              (unchecked-set browser "__id" id)
              browser))
          (destroy [obj]
            (let [id (unchecked-get obj "__id")]
              (l/info :origin "factory" :action "destroy" :browser-id id)
              (.close ^js obj)))
          (validate [obj]
            (p/resolved (.isConnected ^js obj)))]
    #js {:create create
         :destroy destroy
         :validate validate}))

(defonce pool (atom nil))
(defonce pool-browser-id (atom 1))

(defn init
  []
  (let [opts #js {:max (cf/get :browser-pool-max 3)
                  :min (cf/get :browser-pool-min 0)
                  :testOnBorrow true
                  :evictionRunIntervalMillis 3000
                  :numTestsPerEvictionRun 2
                  :acquireTimeoutMillis 120000 ; 2min
                  :idleTimeoutMillis 10000}]
    (l/info :hint "initializing browser pool" :opts opts)
    (reset! pool (gp/createPool browser-pool-factory opts))))

(defn stop
  []
  (when-let [pool (deref pool)]
    (l/info :hint "stopping browser pool")
    (.drain ^js pool)
    (.clear ^js pool)))

(defn exec!
  [config handle]
  (letfn [(on-acquire [browser]
            (p/let [context (.newContext ^js browser #js {:viewport (clj->js default-viewport)
                                                          :userAgent default-user-agent
                                                          :deviceScaleFactor (:scale config 1)})
                    page    (.newPage ^js context)]
              (-> (p/do! (handle page))
                  (p/finally (fn []
                               (.close ^js context)
                               (.release ^js @pool browser))))))]
    (p/then (.acquire ^js @pool) on-acquire)))
