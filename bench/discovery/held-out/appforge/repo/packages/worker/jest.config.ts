import { Config } from "@jest/types"

const config: Config.InitialOptions = {
  preset: "ts-jest",
  testEnvironment: "node",
  setupFiles: ["../backend-core/src/tests/jestEnv.ts"],
  globalSetup: "../backend-core/src/tests/jestTestcontainers.ts",
  moduleNameMapper: {
    "@appforge/backend-core": "<rootDir>/../backend-core/src",
  },
}

export default config
