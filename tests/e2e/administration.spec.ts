import { expect, test } from "@playwright/test";
import { signIn, signInAs } from "./support";

test("an administrator creates a user, fixing what the form points out without retyping, and the user is locked out after five wrong passwords", async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const email = `e2e.${stamp}@northbridge.example`;
  const name = `Jordan Fieldtest ${stamp}`;
  await signInAs(page, "admin@locus.test");
  await page.goto("/admin/users/new");

  // First attempt: a bad email and a short password.
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill("jordan-at-northbridge");
  await page.getByLabel("Role").selectOption({ label: "Neighbourhood officer" });
  await page.getByLabel("Agency").selectOption({ label: "Northbridge Police" });
  await page.getByLabel("Riverside (NB-RIV)").check();
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create user" }).click();

  await expect(page.getByRole("main").getByRole("alert")).toContainText("There is a problem");
  await expect(page.locator("#field-email-error")).toHaveText("Error: Enter an email address like name@example.org");
  await expect(page.locator("#field-password-error")).toHaveText("Error: Password must be at least 12 characters");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  // What was typed is still there.
  await expect(page.getByLabel("Name")).toHaveValue(name);
  await expect(page.getByLabel("Email")).toHaveValue("jordan-at-northbridge");
  await expect(page.getByLabel("Role")).toHaveValue("OFFICER");
  await expect(page.getByLabel("Riverside (NB-RIV)")).toBeChecked();

  // The agency rule is a field error too.
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role").selectOption({ label: "Partner practitioner" });
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.locator("#field-role-error")).toContainText("must belong to a partner agency");

  await page.getByLabel("Role").selectOption({ label: "Neighbourhood officer" });
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status")).toHaveText("User saved.");
  await page.getByLabel("Name or email").fill(stamp);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("link", { name })).toBeVisible();

  // The same email again is refused on the email field.
  await page.goto("/admin/users/new");
  await page.getByLabel("Name").fill("Someone Else");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role").selectOption({ label: "HQ analyst" });
  await page.getByLabel("Agency").selectOption({ label: "Northbridge Police" });
  await page.getByLabel("Password").fill("another-long-password");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.locator("#field-email-error")).toHaveText("Error: A user with this email already exists");

  // The new user: five wrong passwords lock the account, and then even the right one is refused.
  const other = await browser.newPage();
  for (let attempt = 1; attempt <= 4; attempt++) {
    await signIn(other, email, `wrong-password-${attempt}`);
    await expect(other.getByRole("main").getByRole("alert")).toHaveText("The email or password is not right. Check them and try again.");
  }
  await signIn(other, email, "wrong-password-5");
  await expect(other.getByRole("main").getByRole("alert")).toContainText("This account is locked after 5 wrong passwords");
  await signIn(other, email, "a-long-enough-password");
  await expect(other.getByRole("main").getByRole("alert")).toContainText("This account is locked");

  // The administrator sees the lockout in the audit trail.
  await page.goto(`/audit?user=${encodeURIComponent(email)}`);
  await expect(page.getByText("Account locked for 15 minutes after 5 wrong passwords")).toBeVisible();
  await other.close();
});

test("an administrator disables a user, who is signed out at once", async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const email = `e2e.disable.${stamp}@northbridge.example`;
  const name = `Casey Disabletest ${stamp}`;
  await signInAs(page, "admin@locus.test");
  await page.goto("/admin/users/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role").selectOption({ label: "HQ analyst" });
  await page.getByLabel("Agency").selectOption({ label: "Northbridge Police" });
  await page.getByLabel("Password").fill("casey-long-password");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status")).toHaveText("User saved.");

  const casey = await browser.newPage();
  await signIn(casey, email, "casey-long-password");
  await expect(casey.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${name}`);

  await page.getByLabel("Name or email").fill(stamp);
  await page.getByRole("button", { name: "Apply" }).click();
  await page.getByRole("link", { name }).click();
  await page.getByLabel("Active (can sign in)").uncheck();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("User saved.");

  await casey.reload();
  await expect(casey).toHaveURL(/\/sign-in/);
  await signIn(casey, email, "casey-long-password");
  await expect(casey.getByRole("main").getByRole("alert")).toContainText("This account has been disabled");
  await casey.close();
});
