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

test("the triage queue's neighbourhood filter still lists the demo's neighbourhoods", async ({ page }) => {
  await signInAs(page, "analyst@locus.test");
  await page.goto("/concerns");
  const filter = page.getByRole("search", { name: "Filter concerns" });
  await filter.getByLabel("Neighbourhood").selectOption({ label: "Riverside" });
  await filter.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/neighbourhood=/);
  await expectAccessible(page);
});
