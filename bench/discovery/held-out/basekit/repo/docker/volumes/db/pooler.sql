\set pguser `echo "$POSTGRES_USER"`

\c _basekit
create schema if not exists _basevisor;
alter schema _basevisor owner to :pguser;
\c postgres
