# syntax=docker/dockerfile:1

FROM --platform=${BUILDPLATFORM} docker.io/library/golang:1.23-bookworm AS builder
ARG TARGETOS
ARG TARGETARCH
WORKDIR /go/src/keyward.example/keyward
COPY go.mod go.sum ./
RUN go mod download
COPY ./cmd ./cmd
COPY ./internal ./internal
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH CGO_ENABLED=0 go build -o /go/ldap ./cmd/ldap

FROM gcr.io/distroless/static-debian12:debug
ARG VERSION
LABEL org.opencontainers.image.title="keyward-ldap image"
LABEL org.opencontainers.image.version=${VERSION}
COPY --from=builder /go/ldap /
HEALTHCHECK --interval=5s --retries=20 --start-period=3s CMD [ "/ldap", "healthcheck" ]
EXPOSE 3389 9300
USER 1000
ENV TMPDIR=/dev/shm/ GOFIPS=1
ENTRYPOINT ["/ldap"]
