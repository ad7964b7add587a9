import type { NestExpressApplication } from "@nestjs/platform-express";
import { NestFactory } from "@nestjs/core";
import { ConfigService } from "@nestjs/config";
import { Logger, ValidationPipe, VersioningType } from "@nestjs/common";
import cookieParser from "cookie-parser";
import helmet from "helmet";
import { WinstonModule } from "nest-winston";
import "dotenv/config";

import { AppModule } from "./app.module";
import type { AppConfig } from "./config/type";
import { loggerConfig } from "./lib/logger";

const run = async () => {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: WinstonModule.createLogger(loggerConfig()),
    bodyParser: false,
  });

  const logger = new Logger("App");

  try {
    app.enableShutdownHooks();
    app.enableVersioning({
      type: VersioningType.CUSTOM,
      extractor: (request) => (request as { headers: Record<string, string> }).headers["slotbook-api-version"] ?? "2024-04-15",
      defaultVersion: "2024-04-15",
    });
    app.use(helmet());
    app.enableCors({
      origin: "*",
      methods: ["GET", "PATCH", "DELETE", "HEAD", "POST", "PUT", "OPTIONS"],
      allowedHeaders: ["Accept", "Authorization", "Content-Type", "Origin", "x-slotbook-client-id", "x-slotbook-secret-key"],
      maxAge: 86_400,
    });
    app.useGlobalPipes(
      new ValidationPipe({
        whitelist: true,
        transform: true,
        validationError: { target: true, value: true },
      })
    );
    app.use(cookieParser());
    app.setGlobalPrefix("v2");

    const port = app.get(ConfigService<AppConfig, true>).get("api.port", { infer: true });
    await app.listen(port);
    logger.log(`Application started on port: ${port}`);
  } catch (error) {
    logger.error("Application crashed", { error });
  }
};

run().catch((error: Error) => {
  console.error("Failed to start Slotbook API", { error: error.stack });
  process.exit(1);
});
