import { describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/dal/list-params";

const SORTS = ["name", "email"] as const;

describe("list parameters from the URL", () => {
  it("uses the defaults when nothing is given", () => {
    expect(parseListParams({}, SORTS, { sort: "name", dir: "asc" })).toEqual({ page: 1, pageSize: 25, sort: "name", dir: "asc" });
  });

  it("takes allowed values", () => {
    expect(parseListParams({ page: "3", pageSize: "50", sort: "email", dir: "desc" }, SORTS, { sort: "name", dir: "asc" })).toEqual({ page: 3, pageSize: 50, sort: "email", dir: "desc" });
  });

  it("refuses columns, sizes and pages it does not allow", () => {
    expect(parseListParams({ page: "-4", pageSize: "100000", sort: "passwordHash", dir: "sideways" }, SORTS, { sort: "name", dir: "asc" })).toEqual({ page: 1, pageSize: 25, sort: "name", dir: "asc" });
  });
});
