import { expect, test } from "@playwright/test";
import { expectAccessible, signInAs } from "./support";

// The loop the research found missing: the officer on the ground logs what they saw, HQ grades,
// links and refers it, the partner agency reads the sanitised summary, and the officer hears back.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test("an officer logs a concern on a phone, an analyst grades, links and refers it, the partner reads the summary and the officer sees the outcome", async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const raw = `RAW-E2E-${stamp}: boy of about 14 with three phones outside the Riverside flats, picked up by a grey Audi`;
  const summary = `SAFE-${stamp}: a child in Riverside may be being exploited to carry drugs.`;

  // ── The officer logs it ──
  const officerContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const officer = await officerContext.newPage();
  await signInAs(officer, "officer@locus.test");
  await officer.getByRole("link", { name: "Log a concern" }).first().click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Log a concern");

  // Sending it empty says what is missing, field by field.
  await officer.getByLabel("What did you see or hear?").fill(raw);
  await officer.getByRole("button", { name: "Send to HQ" }).click();
  await expect(officer.locator("#field-category-error, #field-category ~ * [id$=error]").first()).toBeVisible();
  await expect(officer.getByLabel("What did you see or hear?")).toHaveValue(raw);

  await officer.getByRole("radio", { name: "County lines / child criminal exploitation" }).check();
  await expect(officer.getByText("Children and vulnerable adults used to move and sell drugs")).toBeVisible();
  await officer.getByRole("checkbox", { name: "Several handsets" }).check();
  await officer.getByRole("checkbox", { name: "Older or controlling associates" }).check();
  await officer.getByLabel("Address").fill("Riverside flats, Wharf Lane");
  await officer.getByRole("radio", { name: "My own observation" }).check();
  await officer.getByLabel("Vehicles mentioned").fill("Grey Audi A3");
  await expectAccessible(officer);
  const overflow = await officer.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await officer.getByRole("button", { name: "Send to HQ" }).click();
  await expect(officer.getByText("Concern logged.")).toBeVisible();
  const concernUrl = officer.url().replace(/\?.*$/, "");

  // ── The analyst grades, links and refers it ──
  const analystContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const analyst = await analystContext.newPage();
  await signInAs(analyst, "analyst@locus.test");
  await analyst.goto("/concerns");
  await expect(analyst.getByRole("heading", { level: 1 })).toBeVisible();
  await analyst.goto(`${concernUrl}/assess`);
  await expect(analyst.getByText(raw)).toBeVisible();
  await analyst.getByRole("radio", { name: "2 – Untested source" }).check();
  await analyst.getByRole("radio", { name: "B – Known indirectly but corroborated" }).check();
  await analyst.getByRole("radio", { name: "C – Sharing permitted with conditions" }).check();
  // Handling code C without written conditions is refused on that field.
  await analyst.getByRole("textbox", { name: "Sanitised summary" }).fill(summary);
  await analyst.getByRole("radio", { name: "Referred to a partner agency" }).check();
  await analyst.getByRole("combobox", { name: "Partner agency" }).selectOption({ label: "Northbridge Council Children's Social Care" });
  await analyst.getByRole("button", { name: "Save assessment and outcome" }).click();
  await expect(analyst.locator("#field-handlingConditions-error")).toContainText("handling code C requires them");
  await expect(analyst.getByRole("textbox", { name: "Sanitised summary" })).toHaveValue(summary);

  await analyst.getByRole("textbox", { name: "Handling conditions" }).fill(`Share only with the MASH team (${stamp}).`);
  await analyst.getByRole("combobox", { name: "Record type" }).selectOption("NOMINAL");
  await analyst.getByLabel("Find the nominal", { exact: true }).fill("Jon Smyth");
  await analyst.getByRole("radio", { name: /John Smith/ }).first().check();
  await analyst.getByRole("button", { name: /Add link to John Smith/ }).click();
  await analyst.getByRole("button", { name: "Save assessment and outcome" }).click();
  await expect(analyst).toHaveURL(/assessed=1/);
  await expect(analyst.getByText("2B C", { exact: true }).first()).toBeVisible();

  // ── The council partner reads the sanitised summary, with the conditions, never the raw text ──
  const partnerContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const partner = await partnerContext.newPage();
  await signInAs(partner, "council@locus.test");
  await expect(partner.getByText(summary)).toBeVisible();
  await partner.goto(concernUrl);
  await expect(partner.getByText(summary)).toBeVisible();
  await expect(partner.getByText(`Share only with the MASH team (${stamp}).`)).toBeVisible();
  const html = await partner.content();
  expect(html).not.toContain(`RAW-E2E-${stamp}`);
  expect(html).not.toContain("Grey Audi");
  expect(html).not.toContain("John Smith");
  expect(html).not.toContain("2B");
  await expectAccessible(partner);

  // The housing partner was not sent it: 404.
  const housingContext = await browser.newContext();
  const housing = await housingContext.newPage();
  await signInAs(housing, "housing@locus.test");
  expect((await housing.goto(concernUrl))?.status()).toBe(404);

  // ── The officer hears back on their home page ──
  await officer.goto("/");
  await expect(officer.getByText(summary)).toBeVisible();
  await expect(officer.getByText("Referred to a partner agency").first()).toBeVisible();

  for (const c of [officerContext, analystContext, partnerContext, housingContext]) await c.close();
});
