import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, signInAs } from "./support";

test("the sign-in page lists the demo accounts and labels the city fictional", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByText("Northbridge, a fictional city")).toBeVisible();
  await expect(page.getByText("officer@locus.test")).toBeVisible();
  await expectAccessible(page);
});

test("signed-out visitors are sent to sign in, and come back where they were going", async ({ page }) => {
  await page.goto("/audit");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faudit/);
  await page.getByLabel("Email").fill("supervisor@locus.test");
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit trail");
});

test("a wrong password gets a clear message and no session", async ({ page }) => {
  await signIn(page, "analyst@locus.test", "not-the-password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is not right. Check them and try again.");
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("signing out ends the session", async ({ page }) => {
  await signInAs(page, "analyst@locus.test");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("unknown pages answer 404 without saying more", async ({ page }) => {
  const signedOut = await page.request.get("/api/no-such-thing");
  expect(signedOut.status()).toBe(404);
  await signInAs(page, "officer@locus.test");
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("the health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});
