import { expect, test } from "@playwright/test";
import { expectAccessible, signInAs } from "./support";

/** Today in England, as a date input wants it. */
function londonToday() {
  return new Date().toLocaleDateString("en-CA", { timeZone: "Europe/London" });
}

test("the housing partner records its decision on a referral it received, on a phone; the analyst sees it on the person's record", async ({ browser }) => {
  const note = `Accepted ${Date.now().toString(36)}: tenancy review booked, locks to be changed.`;

  const housingContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const housing = await housingContext.newPage();
  await signInAs(housing, "housing@locus.test");
  await housing.goto("/referrals?status=SENT");
  await expect(housing.getByRole("heading", { level: 1 })).toHaveText("Referrals to Northbridge Homes");
  await expectAccessible(housing);
  const overflow = await housing.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await housing.getByRole("link", { name: "Housing" }).first().click();
  await expect(housing.getByRole("heading", { level: 1 })).toHaveText("Housing");
  await expect(housing.getByRole("region", { name: "The referral" })).toContainText("Target hardening and tenancy review.");
  await expectAccessible(housing);

  // A decision date in the future is refused on that field, and what was typed stays.
  await housing.getByRole("combobox", { name: "Status" }).selectOption({ label: "Accepted" });
  await housing.getByLabel("Decision date").fill("2099-01-01");
  await housing.getByRole("textbox", { name: "Notes" }).fill(note);
  await housing.getByRole("button", { name: "Save" }).click();
  await expect(housing.getByText("Decision date cannot be in the future").first()).toBeVisible();
  await expect(housing.getByRole("textbox", { name: "Notes" })).toHaveValue(note);

  await housing.getByLabel("Decision date").fill(londonToday());
  await housing.getByRole("button", { name: "Save" }).click();
  await expect(housing.getByText("Referral saved.")).toBeVisible();
  await expect(housing.getByRole("main").getByText("Accepted").first()).toBeVisible();
  await expect(housing.getByRole("region", { name: "The referral" })).toContainText(note);

  // The analyst sees the decision on the person's record.
  const analystContext = await browser.newContext();
  const analyst = await analystContext.newPage();
  await signInAs(analyst, "analyst@locus.test");
  await analyst.goto(housing.url());
  await expect(analyst.getByRole("region", { name: "The referral" })).toContainText(note);
  // The referral names the person for the police: open their record from it.
  await analyst.locator("main dl dd a").first().click();
  const referrals = analyst.locator("#referrals");
  await expect(referrals.getByRole("listitem").filter({ hasText: note })).toContainText("Accepted");

  await housingContext.close();
  await analystContext.close();
});
