module github.com/timeweave/samples/money-transfer

go 1.22

require go.timeweave.io/sdk v1.26.0
