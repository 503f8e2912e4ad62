import { expect, test } from "@playwright/test";
import { expectAccessible, signInAs } from "./support";

test("an analyst creates a group, adds a member and scores it; the council partner sees only the safe view", async ({ page, browser }) => {
  const stamp = Date.now().toString().slice(-5);
  const reference = `07/${stamp}`;
  const name = `Tower View Crew ${stamp}`;

  await signInAs(page, "analyst@locus.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Groups" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organised crime groups");
  await expectAccessible(page);
  await page.getByRole("link", { name: "New group" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New organised crime group");

  // Missing crime type and a malformed reference: told which fields, nothing lost.
  await page.getByLabel("Reference", { exact: true }).fill("7-123");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Assessment (police only)").fill(`POLICE-ONLY-${stamp}: covert source reports a stash at the top-floor flat.`);
  await page.getByRole("button", { name: "Create group" }).click();
  await expect(page.locator("#field-reference-error")).toHaveText("Error: Reference must look like 05/00283");
  await expect(page.getByRole("main").getByText("Crime types: Choose at least one crime type")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
  await expect(page.getByLabel("Assessment (police only)")).toHaveValue(/covert source/);

  await page.getByLabel("Reference", { exact: true }).fill(reference);
  await page.getByLabel("County lines").check();
  await page.getByLabel("Riverside").check();
  await page.getByLabel("Partner-safe summary").fill(`Young people from Riverside are being drawn into drug running (${stamp}).`);
  await page.getByLabel("Northbridge Council Children's Social Care").check();
  await page.getByRole("button", { name: "Create group" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${reference} ${name}`);
  await expect(page.getByText("Group saved.")).toBeVisible();

  // Add a member by fuzzy search: "Jon Smyth" finds John Smith.
  await page.getByText("Add a member").click();
  await page.getByLabel("Find the nominal", { exact: true }).fill("Jon Smyth");
  await page.getByRole("radio", { name: /John Smith/ }).first().check();
  await page.getByLabel("Standing").selectOption({ label: "Principal subject" });
  await page.getByLabel("Role").selectOption("Leader");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("table", { name: "Members of the group" }).getByRole("link", { name: "John Smith" })).toBeVisible();

  // Score it: the preview recalculates as ratings change, and the recorded score shows its history.
  await page.getByRole("link", { name: "Score", exact: true }).click();
  for (const label of ["Violence", "Access to weapons", "Physical harm", "Victim vulnerability", "Likelihood"]) {
    await page.getByLabel(label, { exact: true }).selectOption("HIGH");
  }
  await page.getByLabel("Rationale").fill("Weapons seen at the flat; two children reported missing this month.");
  await expect(page.getByRole("complementary")).toContainText("/100 · band");
  const preview = await page.getByRole("complementary").locator("p").first().textContent();
  await page.getByRole("button", { name: "Record this scoring" }).click();
  await expect(page.getByText("Scoring recorded.")).toBeVisible();
  await expect(page.locator("#scoring")).toContainText(preview!.trim());
  await expectAccessible(page);

  // The council partner: partner-safe view only.
  const partnerContext = await browser.newContext();
  const partner = await partnerContext.newPage();
  await signInAs(partner, "council@locus.test");
  await partner.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Groups" }).click();
  await partner.getByRole("link", { name }).click();
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText(`${reference} ${name}`);
  await expect(partner.getByText("Partner-safe view")).toBeVisible();
  await expect(partner.getByText(`drawn into drug running (${stamp})`)).toBeVisible();
  const html = await partner.content();
  expect(html).not.toContain(`POLICE-ONLY-${stamp}`);
  expect(html).not.toContain("John Smith");
  expect(html).not.toMatch(/band \d[abc]/i);
  await expectAccessible(partner);

  // A nominal's page answers 404 to the partner.
  const nominalHref = await page.getByRole("table", { name: "Members of the group" }).getByRole("link", { name: "John Smith" }).getAttribute("href");
  const refused = await partner.goto(nominalHref!);
  expect(refused?.status()).toBe(404);
  await partnerContext.close();
});

test("two people edit one group: the second save is refused with who changed it, and keeps what was typed", async ({ page, browser }) => {
  await signInAs(page, "analyst@locus.test");
  await page.goto("/groups?q=Kingsmoor+keyless");
  await page.getByRole("link", { name: "Kingsmoor keyless crew" }).click();
  const editHref = (await page.getByRole("link", { name: "Edit", exact: true }).getAttribute("href"))!;

  const supervisorContext = await browser.newContext();
  const supervisor = await supervisorContext.newPage();
  await signInAs(supervisor, "supervisor@locus.test");
  await supervisor.goto(editHref);
  await page.goto(editHref);

  // The supervisor saves first.
  await supervisor.getByLabel("Partner-safe summary").fill("Summary as the supervisor left it.");
  await supervisor.getByRole("button", { name: "Save changes" }).click();
  await expect(supervisor.getByText("Group saved.")).toBeVisible();

  // The analyst's save, from the copy opened before, is refused: nothing silently overwritten.
  await page.getByLabel("Partner-safe summary").fill("Summary as the analyst typed it.");
  await page.getByRole("button", { name: "Save changes" }).click();
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Not saved: someone else changed this record");
  await expect(alert).toContainText("changed by Insp. Helen Marsh at");
  await expect(page.getByLabel("Partner-safe summary")).toHaveValue("Summary as the analyst typed it.");

  // Having reviewed it, the analyst saves again deliberately.
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Group saved.")).toBeVisible();
  await expect(page.getByText("Summary as the analyst typed it.")).toBeVisible();
  await supervisorContext.close();
});
