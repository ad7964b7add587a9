import express from "express";
import { body } from "express-validator";
import AstController from "@controllers/Ast/AstController";

const router = express.Router();
const astController = new AstController();

router.post(
  "/multiple-script-data",
  body("scripts").isArray(),
  body("evalVersion").isInt(),
  astController.getIdentifierDataFromMultipleScripts.bind(astController),
);

router.post(
  "/entity-refactor",
  body("script").isString(),
  body("oldName").isString(),
  body("newName").isString(),
  astController.entityRefactor.bind(astController),
);

export default router;
