-- Run once by the postgres image on an empty data directory (docker-entrypoint-initdb.d),
-- as the POSTGRES_USER superuser, who then owns the databases. One database per service.
CREATE DATABASE watchlist;
CREATE DATABASE alerts;
CREATE DATABASE notifications;
