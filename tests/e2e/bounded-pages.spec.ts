import { expect, test } from "@playwright/test";
import { expectAccessible, signInAs } from "./support";

// The demo has few neighbourhoods, so list filters keep one plain neighbourhood select; a group's
// members and links also have their own paged pages (the group page shows the first ones).
test("the group list's neighbourhood filter and a group's paged members and links", async ({ page }) => {
  await signInAs(page, "analyst@locus.test");
  await page.goto("/groups");
  const filter = page.getByRole("search", { name: "Filter groups" });
  await expect(filter.getByLabel("Area command")).toHaveCount(0);
  await filter.getByLabel("Neighbourhood").selectOption({ label: "Riverside" });
  await filter.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/neighbourhoodId=/);
  await expect(filter.getByLabel("Neighbourhood")).toHaveValue(/[0-9a-f-]{36}/);
  const firstGroup = page.getByRole("table").locator("tbody").getByRole("link").first();
  await expect(firstGroup).toBeVisible();
  await firstGroup.click();
  await expect(page).toHaveURL(/\/groups\/[0-9a-f-]{36}$/);
  const groupUrl = page.url();

  await page.goto(`${groupUrl}/members`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Members of /);
  await expect(page.getByRole("navigation", { name: "Pagination" })).toBeVisible();
  await page.getByRole("columnheader", { name: "Nominal" }).getByRole("link").click();
  await expect(page).toHaveURL(/sort=name&dir=asc/);
  await expectAccessible(page);

  await page.goto(`${groupUrl}/links`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Links of /);
  await expectAccessible(page);
});

// A record page shows its ten most recently linked concerns with the true total; the rest are paged,
// 25 a page, on the record's concerns page, which partners cannot open.
test("a group's concerns: the newest on its page, every one on its paged concerns page", async ({ page, browser }) => {
  await signInAs(page, "analyst@locus.test");
  await page.goto("/groups?q=Ashgrove+Estate+family");
  await page.getByRole("link", { name: "Ashgrove Estate family group" }).click();
  await expect(page).toHaveURL(/\/groups\/[0-9a-f-]{36}$/);
  const groupUrl = page.url();
  const timeline = page.getByRole("region", { name: /^Concerns/ });
  const heading = await timeline.getByRole("heading", { level: 2 }).textContent();
  const total = Number(/\(([\d,]+)\)/.exec(heading ?? "")?.[1]?.replaceAll(",", ""));
  expect(total).toBeGreaterThan(25);
  await expect(timeline.getByRole("link", { name: /^Open the concern/ })).toHaveCount(10);
  await timeline.getByRole("link", { name: `See all ${total.toLocaleString("en-GB")} concerns` }).click();

  await expect(page).toHaveURL(`${groupUrl}/concerns`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Concerns linked to 05/00219 Ashgrove Estate family group");
  await expect(page.getByRole("link", { name: /^Open the concern/ })).toHaveCount(25);
  const pagination = page.getByRole("navigation", { name: "Pagination" });
  await expect(pagination).toContainText(`Showing 1–25 of ${total.toLocaleString("en-GB")}`);
  await expectAccessible(page);
  await pagination.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/\/concerns\?page=2$/);
  await expect(page.getByRole("link", { name: /^Open the concern/ })).toHaveCount(Math.min(25, total - 25));
  await page.getByRole("link", { name: "Back to 05/00219 Ashgrove Estate family group" }).click();
  await expect(page).toHaveURL(groupUrl);

  // The group is shared with the council, whose partner sees its partner-safe page but no concerns.
  const partner = await browser.newPage();
  await signInAs(partner, "council@locus.test");
  expect((await partner.goto(`${groupUrl}/concerns`))?.status()).toBe(404);
  await partner.close();
});

test("the triage queue's neighbourhood filter still lists the demo's neighbourhoods", async ({ page }) => {
  await signInAs(page, "analyst@locus.test");
  await page.goto("/concerns");
  const filter = page.getByRole("search", { name: "Filter concerns" });
  await filter.getByLabel("Neighbourhood").selectOption({ label: "Riverside" });
  await filter.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/neighbourhood=/);
  await expectAccessible(page);
});
