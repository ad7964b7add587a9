#!/bin/bash
# Runs every trace-based test suite against the running demo.
set -e

export TRACETEST_SERVER=${TRACETEST_SERVER:-http://tracetest-server:11633}

cat << EOF > tracetesting-vars.yaml
type: VariableSet
spec:
  id: tracetesting-vars
  name: tracetesting-vars
  values:
    - key: CHECKOUT_ADDR
      value: $CHECKOUT_ADDR
    - key: FRONTEND_ADDR
      value: $FRONTEND_ADDR
EOF

tracetest configure -s "$TRACETEST_SERVER"
tracetest apply variableset -f tracetesting-vars.yaml
for t in checkout/*.yaml; do
  tracetest run test -f "$t" --vars tracetesting-vars --required-gates test-specs
done
