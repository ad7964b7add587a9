#!/usr/bin/env bash

set -ex

bb -i '(babashka.wait/wait-for-path "target/app.js")';
sleep 2;
node target/app.js
