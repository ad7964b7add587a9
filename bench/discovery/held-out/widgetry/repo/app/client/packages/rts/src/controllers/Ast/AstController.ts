import type { Request, Response } from "express";
import { validationResult } from "express-validator";
import { extractIdentifierInfoFromCode, entityRefactorFromCode } from "@shared/ast";

export default class AstController {
  async getIdentifierDataFromMultipleScripts(req: Request, res: Response) {
    const errors = validationResult(req);
    if (!errors.isEmpty()) {
      return res.status(400).json({ success: false, errors: errors.array() });
    }
    const { scripts, evalVersion } = req.body as { scripts: string[]; evalVersion: number };
    try {
      const data = scripts.map((script) => {
        const { references, functionalParams, variables } = extractIdentifierInfoFromCode(script, evalVersion);
        return { references, functionalParams, variables };
      });
      return res.status(200).json({ success: true, data });
    } catch (err) {
      return res.status(500).json({ success: false, message: (err as Error).message });
    }
  }

  async entityRefactor(req: Request, res: Response) {
    const { script, oldName, newName, evalVersion } = req.body;
    try {
      const result = entityRefactorFromCode(script, oldName, newName, new Set<string>(), evalVersion);
      return res.status(200).json({ success: true, data: { script: result.script, refactorCount: result.refactorCount } });
    } catch (err) {
      return res.status(500).json({ success: false, message: (err as Error).message });
    }
  }
}
