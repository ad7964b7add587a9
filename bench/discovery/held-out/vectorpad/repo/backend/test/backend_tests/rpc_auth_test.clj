(ns backend-tests.rpc-auth-test
  (:require
   [app.db :as db]
   [app.email :as eml]
   [backend-tests.helpers :as th]
   [clojure.test :as t]
   [mockery.core :refer [with-mocks]]))

(t/use-fixtures :once th/state-init)

(t/deftest register-profile-sends-verification
  (with-mocks [mock {:target 'app.email/send! :return nil}]
    (let [out (th/command! {::th/type :register-profile
                            :email "user@example.com"
                            :fullname "User"
                            :password "123123123"})]
      (t/is (nil? (:error out)))
      (t/is (= 1 (:call-count @mock))))))

(t/deftest login-with-wrong-password
  (let [out (th/command! {::th/type :login-with-password
                          :email "user@example.com"
                          :password "wrong"})]
    (t/is (some? (:error out)))))
