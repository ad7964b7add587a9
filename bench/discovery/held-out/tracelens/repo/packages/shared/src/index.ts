export * from "./db";
export * from "./env";
