FROM golang:1.22-alpine AS builder
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/twctl ./cmd/tools/cli && \
    CGO_ENABLED=0 go build -o /out/timeweave-sql-tool ./cmd/tools/sql && \
    CGO_ENABLED=0 go build -o /out/timeweave-cassandra-tool ./cmd/tools/cassandra

FROM alpine:3.19 AS timeweave-admin-tools
RUN apk add --no-cache bash curl jq python3 py3-pip postgresql-client mysql-client && \
    pip3 install --break-system-packages cqlsh
COPY --from=builder /out/ /usr/local/bin/
COPY schema /etc/timeweave/schema
# twctl reads TIMEWEAVE_ADDRESS (falls back to TIMEWEAVE_CLI_ADDRESS)
ENTRYPOINT ["tini", "--", "sleep", "infinity"]
