// @generated automatically by Diesel CLI.

diesel::table! {
    person (id) {
        id -> Int4,
        #[max_length = 255]
        name -> Varchar,
        display_name -> Nullable<Varchar>,
        avatar -> Nullable<Text>,
        banned -> Bool,
        published -> Timestamptz,
        actor_id -> Varchar,
        local -> Bool,
        private_key -> Nullable<Text>,
        public_key -> Text,
        inbox_url -> Varchar,
        shared_inbox_url -> Nullable<Varchar>,
        instance_id -> Int4,
        ban_expires -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    local_user (id) {
        id -> Int4,
        person_id -> Int4,
        password_encrypted -> Text,
        email -> Nullable<Text>,
        email_verified -> Bool,
    }
}

diesel::table! {
    post (id) {
        id -> Int4,
        #[max_length = 200]
        name -> Varchar,
        url -> Nullable<Varchar>,
        body -> Nullable<Text>,
        creator_id -> Int4,
        community_id -> Int4,
        removed -> Bool,
        locked -> Bool,
        published -> Timestamptz,
        deleted -> Bool,
        thumbnail_url -> Nullable<Text>,
        ap_id -> Varchar,
        local -> Bool,
    }
}

diesel::table! {
    post_like (person_id, post_id) {
        post_id -> Int4,
        person_id -> Int4,
        score -> Int2,
        published -> Timestamptz,
    }
}

diesel::table! {
    local_image (pictrs_alias) {
        local_user_id -> Int4,
        pictrs_alias -> Text,
        pictrs_delete_token -> Text,
        published -> Timestamptz,
    }
}

diesel::table! {
    secret (id) {
        id -> Int4,
        jwt_secret -> Varchar,
    }
}

diesel::table! {
    sent_activity (id) {
        id -> Int8,
        ap_id -> Text,
        data -> Json,
        sensitive -> Bool,
        published -> Timestamptz,
        send_inboxes -> Array<Nullable<Text>>,
        send_community_followers_of -> Nullable<Int4>,
        send_all_instances -> Bool,
        actor_apub_id -> Nullable<Text>,
    }
}

diesel::table! {
    received_activity (ap_id) {
        ap_id -> Text,
        published -> Timestamptz,
    }
}

diesel::table! {
    federation_queue_state (instance_id) {
        instance_id -> Int4,
        last_successful_id -> Nullable<Int8>,
        fail_count -> Int4,
        last_retry -> Nullable<Timestamptz>,
        last_successful_published_time -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    instance (id) {
        id -> Int4,
        #[max_length = 255]
        domain -> Varchar,
        published -> Timestamptz,
        software -> Nullable<Varchar>,
        version -> Nullable<Varchar>,
    }
}

diesel::table! {
    captcha_answer (uuid) {
        uuid -> Uuid,
        answer -> Text,
        published -> Timestamptz,
    }
}

diesel::joinable!(post -> person (creator_id));
diesel::joinable!(local_user -> person (person_id));
diesel::joinable!(post_like -> post (post_id));
diesel::joinable!(local_image -> local_user (local_user_id));

diesel::allow_tables_to_appear_in_same_query!(
    person, local_user, post, post_like, local_image, secret, sent_activity,
    received_activity, federation_queue_state, instance, captcha_answer,
);
