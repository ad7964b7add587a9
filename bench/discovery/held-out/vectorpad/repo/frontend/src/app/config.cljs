;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.config
  (:require
   [app.common.data :as d]
   [app.common.flags :as flags]
   [app.common.uri :as u]
   [app.common.version :as v]
   [app.util.globals :refer [global location]]
   [app.util.object :as obj]
   [cuerdas.core :as str]))

;; --- Auxiliar Functions

(defn- parse-platform
  []
  (let [platform (.. global -navigator -platform)]
    (cond
      (str/includes? platform "Win") :windows
      (str/includes? platform "Mac") :macos
      :else :linux)))

(defn- get-public-uri
  []
  (let [uri (u/uri (obj/get global "vectorpadPublicURI" (.-origin ^js location)))]
    ;; Ensure that the path always ends with "/"; this ensures that
    ;; all path join operations works as expected.
    (cond-> uri
      (not (str/ends-with? (:path uri) "/"))
      (update :path #(str % "/")))))

;; --- Global Config Vars

(def default-theme "default")
(def default-language "en")

(def version          (v/parse (obj/get global "vectorpadVersion" "%version%")))
(def build-date       (obj/get global "vectorpadBuildDate" "%buildDate%"))
(def flags            (flags/parse flags/default (obj/get global "vectorpadFlags" "")))

(def platform         (parse-platform))
(def terms-of-service-uri (obj/get global "vectorpadTermsOfServiceURI"))
(def privacy-policy-uri   (obj/get global "vectorpadPrivacyPolicyURI"))

(defonce public-uri
  (atom (get-public-uri)))

(defn get-public-uri*
  []
  @public-uri)

(defn resolve-static-asset
  [path]
  (let [uri (u/join @public-uri path)]
    (str uri)))
