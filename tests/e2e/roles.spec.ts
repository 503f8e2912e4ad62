import { expect, test } from "@playwright/test";
import { expectAccessible, mainNav, signInAs } from "./support";

// Each demo account: its home says who they are, its navigation shows only what the role may
// use, and the pages of other roles answer 403 with none of their data.
const ACCOUNTS = [
  { email: "officer@locus.test", name: "PC Sam Okafor", role: "Neighbourhood officer", agency: "Northbridge Police", nav: ["Home", "My actions", "Log a concern", "Groups", "Nominals", "People at risk", "Referrals", "Locations", "Meetings"], refused: ["/audit", "/admin/users", "/admin/agencies", "/admin/neighbourhoods", "/groups/new", "/concerns", "/meetings/new"] },
  { email: "analyst@locus.test", name: "Priya Desai", role: "HQ analyst", agency: "Northbridge Police", nav: ["Home", "My actions", "Log a concern", "Triage", "Groups", "Nominals", "People at risk", "Referrals", "Locations", "Meetings"], refused: ["/audit", "/admin/users", "/admin/users/new"] },
  { email: "supervisor@locus.test", name: "Insp. Helen Marsh", role: "Supervisor", agency: "Northbridge Police", nav: ["Home", "My actions", "Log a concern", "Triage", "Groups", "Nominals", "People at risk", "Referrals", "Locations", "Meetings", "Audit trail"], refused: ["/admin/users", "/admin/agencies/new"] },
  { email: "council@locus.test", name: "Dan Whitfield", role: "Partner practitioner", agency: "Northbridge Council Children's Social Care", nav: ["Home", "My actions", "Log a concern", "Groups", "People at risk", "Referrals", "Meetings"], refused: ["/audit", "/admin/users", "/admin/neighbourhoods", "/nominals", "/locations", "/groups/new", "/concerns"] },
  { email: "housing@locus.test", name: "Aisha Rahman", role: "Partner practitioner", agency: "Northbridge Homes", nav: ["Home", "My actions", "Log a concern", "Groups", "People at risk", "Referrals", "Meetings"], refused: ["/audit", "/admin/agencies", "/nominals"] },
  { email: "admin@locus.test", name: "Alex Morgan", role: "Administrator", agency: "Northbridge Police", nav: ["Home", "My actions", "Log a concern", "Audit trail", "Users", "Agencies", "Neighbourhoods"], refused: ["/groups", "/nominals", "/people", "/concerns", "/meetings", "/referrals"] },
];

for (const account of ACCOUNTS) {
  test(`${account.role} (${account.email}) sees their own home and nothing more`, async ({ page }) => {
    await signInAs(page, account.email);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${account.name}`);
    const intro = page.locator("main p").first();
    await expect(intro).toContainText(account.role);
    await expect(intro).toContainText(account.agency);
    expect(await mainNav(page)).toEqual(account.nav);
    await expectAccessible(page);

    for (const path of account.refused) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
      // No data of the refused page reaches the browser.
      const html = await response!.text();
      expect(html).not.toContain("@northbridge.example");
      expect(html).not.toContain("auth.signed_in");
    }
  });
}

test("the officer's home names their two neighbourhoods and teaches the signs of organised crime", async ({ page }) => {
  await signInAs(page, "officer@locus.test");
  await expect(page.locator("main")).toContainText("Your neighbourhoods: Northbridge Central, Riverside.");
  await page.locator("summary", { hasText: "Cuckooing" }).click();
  await expect(page.getByText("Resident rarely seen")).toBeVisible();
});

test("the administrator's pages are accessible", async ({ page }) => {
  await signInAs(page, "admin@locus.test");
  for (const path of ["/admin/users", "/admin/users/new", "/admin/agencies", "/admin/agencies/new", "/admin/neighbourhoods", "/admin/neighbourhoods/new", "/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expectAccessible(page);
  }
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the home page and navigation fit a 375 px screen", async ({ page }) => {
    await signInAs(page, "supervisor@locus.test");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit trail" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit trail");
    await expectAccessible(page);
  });
});
