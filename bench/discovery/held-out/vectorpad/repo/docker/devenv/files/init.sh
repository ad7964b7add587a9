#!/usr/bin/env bash

sudo cp /root/.bashrc /home/vectorpad/.bashrc
sudo cp /root/.tmux.conf /home/vectorpad/.tmux.conf

set -e
nginx

tail -f /dev/null
