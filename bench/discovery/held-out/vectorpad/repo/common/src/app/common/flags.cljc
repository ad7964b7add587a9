;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.common.flags
  "Flags parsing algorithm."
  (:require
   [clojure.set :as set]
   [cuerdas.core :as str]))

(def login
  "Flags related to login features"
  #{;; Allows registration with login / password
    ;; if disabled, it's still possible to register/login with providers
    :registration
    ;; Redundant flag with :registration
    ;; Used to enable/disable login / password registration
    :login-with-password
    ;; Allows registration with Open ID
    :login-with-oidc
    ;; Allows registration with Google
    :login-with-google
    ;; Allows registration with Github
    :login-with-github
    ;; Allows registration with Gitlab
    :login-with-gitlab
    ;; Allows registration with LDAP
    :login-with-ldap})

(def email
  "Flags related to email features"
  #{;; Uses email verification on register
    :email-verification
    ;; Enables smtp transport
    :smtp
    ;; Prints SMTP protocol debug information
    :smtp-debug
    ;; Logs the emails instead of sending them
    :log-emails})

(def varia
  "Rest of the flags"
  #{:audit-log
    :audit-log-archive
    :cors
    :dashboard-templates-section
    :demo-users
    :fdata-storage-pointer-map
    :fdata-storage-objets-map
    :google-fonts-provider
    :prepl-server
    :secure-session-cookies
    :telemetry
    :webhooks
    :onboarding})

(def all-flags
  (set/union email login varia))

(def default
  "A default flags set"
  #{:enable-onboarding
    :enable-dashboard-templates-section
    :enable-google-fonts-provider
    :enable-component-thumbnails})

(defn parse
  [& flags]
  (loop [flags  (apply concat flags)
         result #{}]
    (let [item (first flags)]
      (if (nil? item)
        result
        (let [sname (name item)]
          (cond
            (str/starts-with? sname "enable-")
            (recur (rest flags)
                   (conj result (keyword (subs sname 7))))

            (str/starts-with? sname "disable-")
            (recur (rest flags)
                   (disj result (keyword (subs sname 8))))

            :else
            (recur (rest flags) result)))))))
