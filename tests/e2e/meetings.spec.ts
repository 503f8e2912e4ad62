import { expect, test, type Locator, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { expectAccessible, signInAs } from "./support";

// A calendar day in London, `days` from today, as a date input takes it (YYYY-MM-DD).
function londonDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString("en-CA", { timeZone: "Europe/London" });
}

async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  // Lines wrap wherever they wrap: compare with whitespace collapsed.
  return text.replace(/\s+/g, " ");
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The agenda item (an <li> of the agenda's ordered list) whose text matches. */
function agendaItem(page: Page, text: string | RegExp): Locator {
  return page.locator("#agenda ol > li").filter({ hasText: text }).first();
}

test("a supervisor plans, runs and minutes a partnership meeting; the council partner sees only the partner version, on screen and in the PDF", async ({ browser }) => {
  // One journey through two roles, with accessibility checks on five pages.
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const TITLE = `Ashgrove Estate partnership tasking ${stamp}`;
  // Distinctive police-only strings: they must never reach the partner, on screen or on paper.
  const RATIONALE = `Kestrel${stamp} police-only rationale`;
  const POLICE_ITEM = `Heron${stamp} police-only item`;
  const MINUTES = `Osprey${stamp} police-only minutes`;
  const PARTNER_MINUTES = `Partner minutes ${stamp}: children's social care to visit the family this week and report back.`;
  const ACTION_TITLE = `Welfare visit to the Hollins children ${stamp}`;
  const PARTNER_NOTE = `Partners asked to report concerns about the children ${stamp}.`;

  // --- The supervisor plans the meeting from their home page.
  const policeContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const police = await policeContext.newPage();
  await signInAs(police, "supervisor@locus.test");
  const main = police.getByRole("main");
  for (const heading of ["Upcoming meetings", "Decisions waiting for actions", "Overdue actions by agency", "Newly high-risk people"]) {
    await expect(main.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expectAccessible(police);

  await police.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Meetings" }).click();
  await expect(police.getByRole("heading", { level: 1 })).toHaveText("Tasking meetings");
  await expectAccessible(police);

  await main.getByRole("link", { name: "Plan a meeting" }).click();
  await expect(police.getByRole("heading", { level: 1 })).toHaveText("Plan a meeting");
  await expectAccessible(police);

  // Saving with nothing filled in keeps the form and says what is missing.
  await police.getByRole("button", { name: "Plan meeting" }).click();
  await expect(main.getByRole("alert")).toContainText("There is a problem");
  await expect(main.getByRole("alert")).toContainText("Choose at least one neighbourhood in scope");

  await police.getByLabel("Title").fill(TITLE);
  await police.getByRole("radio", { name: /^Partnership/ }).check();
  await police.getByLabel("Date and time").fill(`${londonDay(1)}T10:00`);
  await police.getByRole("group", { name: /Neighbourhoods in scope/ }).getByLabel(/^Ashgrove Estate/).check();
  await expect(police.getByLabel("Chair")).toHaveValue(/.+/);
  const attendees = police.getByRole("group", { name: /^Attendees/ });
  await attendees.locator("summary", { hasText: "Northbridge Council Children's Social Care" }).click();
  await attendees.getByLabel(/^Dan Whitfield/).check();
  await police.getByRole("group", { name: /^Agencies taking part/ }).getByLabel("Northbridge Council Children's Social Care", { exact: true }).check();
  await police.getByRole("button", { name: "Plan meeting" }).click();

  // --- The proposed agenda.
  await expect(police.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(main.getByRole("status").filter({ hasText: "Meeting planned." })).toBeVisible();
  const meetingUrl = police.url().replace(/\?.*$/, "");
  const groupItem = agendaItem(police, "Ashgrove Estate family group");
  await expect(groupItem).toBeVisible();
  await expectAccessible(police);

  // A police-only item of the chair's own (no partner wording).
  await main.getByText("Add an item", { exact: true }).click();
  await police.getByRole("form", { name: "Add an item" }).getByLabel("Item").fill(POLICE_ITEM);
  await police.getByRole("button", { name: "Add item" }).click();
  await expect(agendaItem(police, POLICE_ITEM)).toBeVisible();

  // --- Running it.
  await police.getByRole("button", { name: "Start meeting" }).click();
  await expect(main.getByRole("status").filter({ hasText: "Meeting started" })).toBeVisible();
  await expect(police.getByRole("heading", { level: 1 })).toHaveText(TITLE);

  // On a phone, the running meeting (forms open) fits the screen.
  await police.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(police);
  await police.setViewportSize({ width: 1280, height: 900 });

  // Only the next undecided item's decision form starts open; the others open from their summary.
  const decision = groupItem.getByRole("form", { name: /^Decision on item/ });
  if (!(await decision.isVisible())) await groupItem.locator("summary", { hasText: "Record a decision" }).click();
  await expect(decision).toBeVisible();
  await decision.getByRole("radio", { name: /^Adopt/ }).check();
  await decision.getByLabel("Rationale").fill(RATIONALE);
  await decision.getByLabel("Note for partners").fill(PARTNER_NOTE);
  await decision.getByRole("button", { name: /^Record decision/ }).click();
  await expect(groupItem.getByRole("status")).toContainText("Decision recorded.");
  await expect(groupItem).toContainText("Decided: Adopt");
  await expect(groupItem).toContainText(RATIONALE);

  await groupItem.getByText("Create an action from this item").click();
  const task = groupItem.getByRole("form", { name: /^Action from item/ });
  await expect(task).toContainText("Lands in the 4P plan of");
  await task.getByLabel("Strand").selectOption("PROTECT");
  await task.getByLabel("Title").fill(ACTION_TITLE);
  await task.getByLabel("Owning agency").selectOption({ label: "Northbridge Council Children's Social Care" });
  await task.getByLabel("Assignee").selectOption({ label: "Dan Whitfield" });
  await task.getByLabel("Due date").fill(londonDay(7));
  await task.getByRole("button", { name: /^Create action/ }).click();
  await expect(task.getByRole("status")).toContainText("Action created.");
  await expect(groupItem.getByRole("link", { name: ACTION_TITLE })).toBeVisible();

  // --- Closing it and publishing the minutes.
  await police.getByRole("button", { name: "Close meeting" }).click();
  await police.getByRole("button", { name: "Yes, close the meeting" }).click();
  await expect(main.getByRole("status").filter({ hasText: "Meeting closed." })).toBeVisible();
  await expect(police.getByRole("button", { name: /^Record decision|^Save decision/ })).toHaveCount(0);

  await police.getByRole("textbox", { name: "Minutes", exact: true }).fill(MINUTES);
  await police.getByRole("textbox", { name: /^Partner minutes/ }).fill(PARTNER_MINUTES);
  await police.getByRole("button", { name: "Publish minutes" }).click();
  await expect(main.getByRole("status").filter({ hasText: "Minutes published" })).toBeVisible();
  await expect(police.locator("#minutes")).toContainText(MINUTES);
  await expectAccessible(police);

  const [pack] = await Promise.all([police.waitForEvent("download"), police.getByRole("link", { name: "Meeting pack (PDF)" }).click()]);
  expect(pack.suggestedFilename()).toMatch(/\.pdf$/);
  await policeContext.close();

  // --- The council partner, an attendee, reads the partner version.
  const partnerContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const partner = await partnerContext.newPage();
  await signInAs(partner, "council@locus.test");
  await partner.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Meetings" }).click();
  await partner.getByRole("link", { name: TITLE }).click();
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  const partnerMain = partner.getByRole("main");
  await expect(partnerMain).toContainText("Partner version: you see the items your agency is party to.");
  await expect(partner.locator("#minutes")).toContainText(PARTNER_MINUTES);
  await expect(partnerMain.getByRole("link", { name: ACTION_TITLE })).toBeVisible();
  await expect(partnerMain).toContainText(PARTNER_NOTE);
  // Nowhere in the page, the data React was sent included.
  const html = await partner.content();
  for (const secret of [RATIONALE, POLICE_ITEM, MINUTES]) expect(html).not.toContain(secret.split(" ")[0]);
  await expect(partnerMain.getByRole("form")).toHaveCount(0);
  await expectAccessible(partner);

  const minutesLink = partner.getByRole("link", { name: "Minutes (PDF)" });
  const [minutes] = await Promise.all([partner.waitForEvent("download"), minutesLink.click()]);
  expect(minutes.suggestedFilename()).toMatch(/\.pdf$/);
  const response = await partner.request.get((await minutesLink.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/pdf");
  const text = await pdfText(await response.body());
  expect(text).toContain(PARTNER_MINUTES);
  for (const secret of [RATIONALE, POLICE_ITEM, MINUTES]) expect(text).not.toContain(secret.split(" ")[0]);

  // The partner cannot plan or change meetings.
  expect((await partner.goto("/meetings/new"))?.status()).toBe(403);
  expect((await partner.goto(`${meetingUrl}/edit`))?.status()).toBe(403);
  await partnerContext.close();
});
