import { expect, test } from "@playwright/test";
import { expectAccessible, signInAs } from "./support";

const TITLE = "Welfare visit and tenancy review for the cuckooed tenant at Rowan House";

test("the housing partner finds an overdue action on their home page and updates it; the analyst sees it on the group's 4P board", async ({ browser }) => {
  const note = `Visited ${Date.now().toString(36)}: tenant safe, locks changed, support worker booked.`;

  const housingContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const housing = await housingContext.newPage();
  await signInAs(housing, "housing@locus.test");
  const overdue = housing.getByRole("link", { name: /Overdue actions/ });
  await expect(overdue).toBeVisible();
  await overdue.click();
  await expect(housing.getByRole("heading", { level: 1 })).toHaveText("My actions");
  await housing.getByRole("link", { name: TITLE }).click();
  await expect(housing.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(housing.getByText("Overdue").first()).toBeVisible();
  await expectAccessible(housing);

  await housing.getByRole("combobox", { name: "Status" }).selectOption({ label: "Blocked" });
  await housing.getByRole("textbox", { name: "Update note" }).fill(note);
  await housing.getByRole("button", { name: "Save update" }).click();
  await expect(housing.getByText("Update saved.")).toBeVisible();
  await expect(housing.getByText(note)).toBeVisible();

  const analystContext = await browser.newContext();
  const analyst = await analystContext.newPage();
  await signInAs(analyst, "analyst@locus.test");
  await analyst.goto("/groups?q=Ashgrove+Estate+family");
  await analyst.getByRole("link", { name: "Ashgrove Estate family group" }).click();
  const board = analyst.locator("#plan");
  await expect(board.getByRole("heading", { name: "4P plan" })).toBeVisible();
  const card = board.locator("li, article").filter({ hasText: TITLE }).first();
  await expect(card).toContainText("Blocked");
  await card.getByRole("link", { name: TITLE }).click();
  await expect(analyst.getByText(note)).toBeVisible();
  await expect(analyst.getByText("Aisha Rahman").first()).toBeVisible();

  await housingContext.close();
  await analystContext.close();
});

test("an analyst refers an adult who does not consent: Locus offers a duty to notify (MS1) instead of the NRM", async ({ page }) => {
  await signInAs(page, "analyst@locus.test");
  await page.goto("/people?q=Zain+Bashir");
  await page.getByRole("link", { name: "Zain Bashir" }).first().click();
  const referrals = page.locator("#referrals");
  await expect(referrals.getByRole("heading", { name: "Referrals" })).toBeVisible();
  const before = await referrals.getByRole("listitem").count();

  await page.getByLabel("Kind of referral").selectOption("NRM");
  await page.getByLabel("Receiving agency").selectOption({ label: "Northbridge Police" });
  await expect(page.getByLabel("The person consents to this referral")).not.toBeChecked();
  await expect(page.getByText("An adult must consent to an NRM referral.")).toBeVisible();
  await page.getByRole("button", { name: "Make a duty to notify (MS1) instead" }).click();
  await expect(page.getByLabel("Kind of referral")).toHaveValue("DUTY_TO_NOTIFY");
  await page.getByRole("button", { name: "Make referral" }).click();
  await expect(referrals.getByRole("listitem")).toHaveCount(before + 1);
  await expectAccessible(page);
});
