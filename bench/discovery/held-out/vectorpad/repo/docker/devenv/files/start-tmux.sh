#!/usr/bin/env bash

set -e;
source ~/.bashrc

echo "[start-tmux.sh] Installing node dependencies"
pushd ~/vectorpad/frontend/
yarn install
popd
pushd ~/vectorpad/exporter/
yarn install
npx playwright install chromium
popd

tmux -2 new-session -d -s vectorpad

tmux rename-window -t vectorpad:0 'frontend watch'
tmux select-window -t vectorpad:0
tmux send-keys -t vectorpad 'cd vectorpad/frontend' enter C-l
tmux send-keys -t vectorpad 'yarn run watch' enter

tmux new-window -t vectorpad:1 -n 'shadow watch'
tmux select-window -t vectorpad:1
tmux send-keys -t vectorpad 'cd vectorpad/frontend' enter C-l
tmux send-keys -t vectorpad 'clojure -M:dev:shadow-cljs watch main' enter

tmux new-window -t vectorpad:2 -n 'exporter'
tmux select-window -t vectorpad:2
tmux send-keys -t vectorpad 'cd vectorpad/exporter' enter C-l
tmux send-keys -t vectorpad 'rm -f target/app.js*' enter C-l
tmux send-keys -t vectorpad 'clojure -M:dev:shadow-cljs watch main' enter

tmux split-window -v
tmux send-keys -t vectorpad 'cd vectorpad/exporter' enter C-l
tmux send-keys -t vectorpad './scripts/wait-and-start.sh' enter

tmux new-window -t vectorpad:3 -n 'backend'
tmux select-window -t vectorpad:3
tmux send-keys -t vectorpad 'cd vectorpad/backend' enter C-l
tmux send-keys -t vectorpad './scripts/start-dev' enter

tmux -2 attach-session -t vectorpad
