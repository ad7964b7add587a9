import request from "supertest";
import express from "express";
import astRouter from "../routes/ast_routes";

jest.mock("@shared/ast", () => ({
  extractIdentifierInfoFromCode: (script: string) => ({
    references: script.includes("Query1") ? ["Query1.data"] : [],
    functionalParams: [],
    variables: [],
  }),
  entityRefactorFromCode: jest.fn(),
}));

const app = express();
app.use(express.json());
app.use("/rts-api/v1/ast", astRouter);

describe("AST routes", () => {
  it("returns references for each script", async () => {
    const res = await request(app)
      .post("/rts-api/v1/ast/multiple-script-data")
      .send({ scripts: ["Query1.data", "1 + 1"], evalVersion: 2 });
    expect(res.status).toBe(200);
    expect(res.body.data[0].references).toEqual(["Query1.data"]);
    expect(res.body.data[1].references).toEqual([]);
  });

  it("rejects a malformed body", async () => {
    const res = await request(app).post("/rts-api/v1/ast/multiple-script-data").send({ scripts: "x" });
    expect(res.status).toBe(400);
  });
});
