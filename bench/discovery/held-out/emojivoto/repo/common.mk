# Shared targets included by each service's Makefile.
svc_name := $(shell basename $(CURDIR))
target_dir := target

clean:
	rm -rf $(target_dir)

compile:
	GOOS=linux CGO_ENABLED=0 go build -v -o $(target_dir)/$(svc_name) cmd/*.go

test:
	go test ./...

package: protoc compile build-container

protoc:
	$(MAKE) -C .. protoc

build-container:
	docker build .. -t "plumeria/$(svc_name):$(IMAGE_TAG)" --build-arg svc_name=$(svc_name) -f Dockerfile

build-multi-arch:
	docker buildx build .. -t "plumeria/$(svc_name):$(IMAGE_TAG)" --build-arg svc_name=$(svc_name) \
		--platform linux/amd64,linux/arm64 -f Dockerfile
