import { describe, expect, it } from 'vitest';
import { finalBaseImage } from './dockerfile-base.js';
import { instructionsOf } from './dockerfile.js';

describe('finalBaseImage', () => {
  it.each([
    ['one stage', 'FROM postgres:16-alpine\nCOPY schema.sql /docker-entrypoint-initdb.d/\n', { image: 'postgres:16-alpine', line: 1 }],
    ['the last of several stages', 'FROM node:20 AS seed\nRUN node seed.js\nFROM mongo:7.0\nCOPY --from=seed /out /seed\n', { image: 'mongo:7.0', line: 3 }],
    ['a global ARG default, braced', 'ARG MONGO_IMAGE=mongo:7.0\nFROM node:20 AS seed\nFROM ${MONGO_IMAGE}\n', { image: 'mongo:7.0', line: 3 }],
    ['a global ARG default, bare, in the tag', 'ARG PG=16\nFROM postgres:$PG\n', { image: 'postgres:16', line: 2 }],
    ['a default written in FROM for an ARG without one', 'ARG BASE\nFROM ${BASE:-rabbitmq:3.13-management}\n', { image: 'rabbitmq:3.13-management', line: 2 }],
    ['a quoted ARG default, several on one line', 'ARG REGISTRY="docker.io" IMAGE=redis\nFROM ${REGISTRY}/library/${IMAGE}:7\n', { image: 'docker.io/library/redis:7', line: 2 }],
    ['an earlier stage by its name, followed to its image', 'FROM postgres:16 AS base\nRUN true\nFROM base\n', { image: 'postgres:16', line: 3 }],
    ['--platform before the image', 'FROM --platform=linux/amd64 mysql:8.0 AS db\n', { image: 'mysql:8.0', line: 1 }],
    ['an ARG declared after the first FROM is not in scope of FROM', 'FROM alpine\nARG IMAGE=mongo\nFROM ${IMAGE}\n', undefined],
    ['an ARG with no default', 'ARG IMAGE\nFROM ${IMAGE}\n', undefined],
    ['no FROM', 'RUN true\n', undefined],
  ])('%s', (_case, text, expected) => {
    expect(finalBaseImage(instructionsOf(text))).toEqual(expected);
  });
});
