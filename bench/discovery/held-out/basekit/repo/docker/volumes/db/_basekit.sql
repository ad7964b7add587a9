\set pguser `echo "$POSTGRES_USER"`

CREATE DATABASE _basekit WITH OWNER :pguser;
