module github.com/funcforge/funcforge/basic-auth

go 1.22
