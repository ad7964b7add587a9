;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.rpc.commands.auth
  (:require
   [app.common.data :as d]
   [app.common.exceptions :as ex]
   [app.common.schema :as sm]
   [app.common.uuid :as uuid]
   [app.config :as cf]
   [app.db :as db]
   [app.email :as eml]
   [app.http.session :as session]
   [app.rpc :as-alias rpc]
   [app.rpc.commands.profile :as profile]
   [app.rpc.doc :as-alias doc]
   [app.rpc.helpers :as rph]
   [app.tokens :as tokens]
   [app.util.services :as sv]
   [app.util.time :as dt]
   [buddy.hashers :as hashers]
   [cuerdas.core :as str]))

(def schema:login-with-password
  [:map {:title "login-with-password"}
   [:email ::sm/email]
   [:password [:string {:max 500}]]])

(sv/defmethod ::login-with-password
  "Performs authentication using vectorpad password."
  {::rpc/auth false
   ::doc/added "1.15"
   ::sm/params schema:login-with-password}
  [{:keys [::db/pool] :as cfg} {:keys [email password]}]
  (let [profile (db/get* pool :profile {:email (str/lower email)})]
    (when-not (and profile (:is-active profile)
                   (:valid (hashers/verify password (:password profile))))
      (ex/raise :type :validation
                :code :wrong-credentials))
    (-> (profile/strip-private-attrs profile)
        (rph/with-transform (session/create-fn cfg (:id profile))))))

(def schema:register-profile
  [:map {:title "register-profile"}
   [:email ::sm/email]
   [:fullname [::sm/word-string {:max 250}]]
   [:password [:string {:max 500}]]])

(sv/defmethod ::register-profile
  {::rpc/auth false
   ::doc/added "1.15"
   ::sm/params schema:register-profile}
  [{:keys [::db/pool] :as cfg} {:keys [email fullname password] :as params}]
  (when-not (contains? cf/flags :registration)
    (ex/raise :type :restriction
              :code :registration-disabled))
  (db/with-atomic [conn pool]
    (let [profile (db/insert! conn :profile
                              {:id (uuid/next)
                               :fullname fullname
                               :email (str/lower email)
                               :password (hashers/derive password {:alg :argon2id})
                               :is-active (not (contains? cf/flags :email-verification))})
          token   (tokens/generate cfg {:iss :verify-email
                                        :exp (dt/in-future "72h")
                                        :profile-id (:id profile)
                                        :email (:email profile)})]
      (when (contains? cf/flags :email-verification)
        (eml/send! {::eml/conn conn
                    ::eml/factory eml/register
                    :public-uri (cf/get :public-uri)
                    :to (:email profile)
                    :name (:fullname profile)
                    :token token}))
      (profile/strip-private-attrs profile))))

(sv/defmethod ::request-profile-recovery
  {::rpc/auth false
   ::doc/added "1.15"}
  [{:keys [::db/pool] :as cfg} {:keys [email]}]
  (db/with-atomic [conn pool]
    (when-let [profile (db/get* conn :profile {:email (str/lower email)})]
      (let [token (tokens/generate cfg {:iss :password-recovery
                                        :exp (dt/in-future "15m")
                                        :profile-id (:id profile)})]
        (eml/send! {::eml/conn conn
                    ::eml/factory eml/password-recovery
                    :public-uri (cf/get :public-uri)
                    :to (:email profile)
                    :token token
                    :name (:fullname profile)})
        nil))))
