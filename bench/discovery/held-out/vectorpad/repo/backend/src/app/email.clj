;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.email
  "Main api for send emails."
  (:require
   [app.common.logging :as l]
   [app.common.spec :as us]
   [app.config :as cf]
   [app.db :as db]
   [app.util.template :as tmpl]
   [app.worker :as wrk]
   [clojure.java.io :as io]
   [clojure.spec.alpha :as s]
   [cuerdas.core :as str]
   [integrant.core :as ig])
  (:import
   jakarta.mail.Message$RecipientType
   jakarta.mail.Session
   jakarta.mail.Transport
   jakarta.mail.internet.InternetAddress
   jakarta.mail.internet.MimeBodyPart
   jakarta.mail.internet.MimeMessage
   jakarta.mail.internet.MimeMultipart
   java.util.Properties))

;; --- EMAIL BUILDING

(defn- ->address
  [v charset]
  (InternetAddress. ^String v ^String charset))

(defn- assign-recipient
  [^MimeMessage mmsg type address charset]
  (if (sequential? address)
    (.setRecipients mmsg ^Message$RecipientType type
                    ^"[Ljakarta.mail.internet.InternetAddress;"
                    (into-array InternetAddress (map #(->address % charset) address)))
    (.setRecipient mmsg ^Message$RecipientType type (->address address charset))))

(defn- assign-body
  [^MimeMessage mmsg {:keys [body charset] :or {charset "utf-8"}}]
  (let [mpart (MimeMultipart. "alternative")]
    (when-let [text (:text/plain body)]
      (let [part (MimeBodyPart.)]
        (.setText part ^String text ^String charset)
        (.addBodyPart mpart part)))
    (when-let [html (:text/html body)]
      (let [part (MimeBodyPart.)]
        (.setContent part ^String html (str "text/html; charset=" charset))
        (.addBodyPart mpart part)))
    (.setContent mmsg mpart)
    mmsg))

(defn- build-message
  [{:keys [from to reply-to subject] :as params} session]
  (let [mmsg (MimeMessage. ^Session session)]
    (.setFrom mmsg (->address from "utf-8"))
    (assign-recipient mmsg Message$RecipientType/TO to "utf-8")
    (when reply-to
      (.setReplyTo mmsg (into-array InternetAddress [(->address reply-to "utf-8")])))
    (.setSubject mmsg ^String subject "utf-8")
    (assign-body mmsg params)
    (.saveChanges mmsg)
    mmsg))

(defn- opts->props
  [{:keys [::username ::tls ::host ::port ::timeout ::default-from]}]
  (reduce-kv
   (fn [^Properties props k v]
     (if (nil? v)
       props
       (doto props (.put ^String k ^String (str v)))))
   (Properties.)
   {"mail.user" username
    "mail.host" host
    "mail.debug" (contains? cf/flags :smtp-debug)
    "mail.from" default-from
    "mail.smtp.auth" (boolean username)
    "mail.smtp.starttls.enable" tls
    "mail.smtp.starttls.required" tls
    "mail.smtp.host" host
    "mail.smtp.port" port
    "mail.smtp.user" username
    "mail.smtp.timeout" timeout
    "mail.smtp.connectiontimeout" timeout}))

(defn- create-smtp-session
  ^Session
  [cfg]
  (let [props (opts->props cfg)]
    (Session/getInstance props)))

;; --- SENDING

(s/def ::host ::cf/smtp-host)
(s/def ::port ::cf/smtp-port)
(s/def ::username ::cf/smtp-username)
(s/def ::password ::cf/smtp-password)
(s/def ::tls ::cf/smtp-tls)
(s/def ::ssl ::cf/smtp-ssl)
(s/def ::default-from ::cf/smtp-default-from)
(s/def ::default-reply-to ::cf/smtp-default-reply-to)

(s/def ::smtp-config
  (s/keys :opt [::host ::port ::username ::password ::tls ::ssl ::default-from ::default-reply-to]))

(defmethod ig/pre-init-spec ::sendmail [_] ::smtp-config)

(defmethod ig/init-key ::sendmail
  [_ cfg]
  (fn [params]
    (when (contains? cf/flags :smtp)
      (let [session (create-smtp-session cfg)]
        (with-open [transport (.getTransport session (if (::ssl cfg) "smtps" "smtp"))]
          (.connect ^Transport transport
                    ^String (::username cfg)
                    ^String (::password cfg))
          (let [^MimeMessage message (build-message params session)]
            (.sendMessage ^Transport transport
                          ^MimeMessage message
                          (.getAllRecipients message))))))
    (when (contains? cf/flags :log-emails)
      (l/info :hint "email" :to (:to params) :subject (:subject params)))))

;; --- TEMPLATES

(defn- render-email-template
  [id context]
  (let [subj (tmpl/render (str "app/email/" id "/en.subj") context)
        text (tmpl/render (str "app/email/" id "/en.txt") context)]
    {:subject (str/trim subj)
     :body {:text/plain text}}))

(defn send!
  "Schedule an already defined email to be sent using asynchronously
  using worker task."
  [{:keys [::conn ::factory] :as context}]
  (let [email (factory context)]
    (wrk/submit! {::wrk/task :sendmail
                  ::wrk/delay 0
                  ::wrk/max-retries 4
                  ::wrk/priority 200
                  ::db/conn conn
                  ::wrk/params email})))

(defn- template-factory
  [id]
  (fn [{:keys [to] :as context}]
    (-> (render-email-template id context)
        (assoc :to to
               :from (cf/get :smtp-default-from)
               :reply-to (cf/get :smtp-default-reply-to)))))

(def register (template-factory "register"))
(def password-recovery (template-factory "password-recovery"))
(def invite-to-team (template-factory "invite-to-team"))
(def change-email (template-factory "change-email"))

(defmethod ig/init-key ::handler
  [_ {:keys [::sendmail]}]
  (fn [{:keys [props] :as task}]
    (sendmail props)))
