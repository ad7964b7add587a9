#!/usr/bin/env node
const { program } = require("commander");
const backup = require("./backup");

program.name("widgetryctl").description("Widgetry container admin tool");

program
  .command("backup")
  .description("Create a backup archive of the Widgetry MongoDB database and configuration")
  .option("--upload-to-s3", "also upload the archive to WIDGETRY_BACKUP_S3_BUCKET")
  .action((opts) => backup.run(opts));

program.parse(process.argv);
