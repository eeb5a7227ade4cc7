// A visitor registers, cannot log in before verifying, verifies through the link in the e-mail (read
// by an admin in the outbox), logs in, changes the password (the current one is required), logs out,
// and from then on only the new password works.
import { type Page } from '@playwright/test';
import { readMail } from './mail';
import { ID, contextAs, expect, lead, login, submitLogin, test, uniqueEmail } from './support';

const fill = async (page: Page, label: string, value: string) => page.getByLabel(label, { exact: true }).fill(value);

// A whole journey with two browsers and mail delivery: more than the default minute on a busy 2-core runner.
test.describe.configure({ timeout: 180_000 });

test('a new customer registers, verifies the e-mail, changes the password and logs in with it', async ({ page, browser }, testInfo) => {
  const email = uniqueEmail('pelanggan');
  const name = 'Dewi Anggraini';
  const password = 'Kopi-Tubruk#2026';
  const newPassword = 'Teh-Manis#2027';

  await test.step('register', async () => {
    await page.goto('/register');
    await expect(page.getByRole('heading', { name: ID.auth.register.title })).toBeVisible();
    await fill(page, ID.auth.register.name, name);
    await fill(page, ID.auth.register.email, email);
    await page.getByLabel(ID.auth.register.phone).fill('0812 3456 7890');
    await fill(page, ID.auth.register.password, password);
    await fill(page, ID.auth.register.confirmPassword, password);
    await page.getByRole('button', { name: ID.auth.register.submit, exact: true }).click();
    await expect(page.getByText(ID.auth.register.doneTitle)).toBeVisible();
    await expect(page.getByText(ID.auth.register.doneBody.replace('{email}', email))).toBeVisible();
  });

  await test.step('login is refused until the address is verified', async () => {
    await submitLogin(page, email, password);
    await expect(page.getByText(ID.auth.login.unverified)).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByLabel(ID.auth.login.password, { exact: true })).toHaveValue('');
  });

  const mail = await test.step('an admin finds the verification e-mail in the outbox', async () => {
    const admin = await contextAs(browser, 'admin', testInfo);
    try {
      return await readMail(await admin.newPage(), { to: email, template: 'verify-email', linkPath: '/verify-email' });
    } finally {
      await admin.close();
    }
  });
  expect(mail.subject).toContain(lead(ID.email.verify.subject));
  expect(new URL(mail.link).origin).toBe(new URL(page.url()).origin);

  await test.step('the link verifies the address, once', async () => {
    await page.goto(mail.link);
    await expect(page.getByRole('heading', { name: ID.auth.verify.title })).toBeVisible();
    await page.getByRole('button', { name: ID.auth.verify.submit }).click();
    await expect(page.getByText(ID.auth.verify.done.replace('{email}', email))).toBeVisible();
    await page.getByRole('link', { name: ID.auth.verify.toLogin }).click();
    await expect(page.getByText(ID.auth.login.verified)).toBeVisible();
    await page.goto(mail.link);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(ID.auth.verify.invalidLink);
  });

  await test.step('login lands on /account', async () => {
    await login(page, email, password);
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole('heading', { name: ID.account.welcome.replace('{name}', name) })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
  });

  await test.step('changing the password needs the current one', async () => {
    await page.getByRole('navigation', { name: ID.nav.account }).getByRole('link', { name: ID.nav.password }).click();
    await expect(page).toHaveURL(/\/account\/password$/);
    await expect(page.getByRole('heading', { name: ID.auth.password.title })).toBeVisible();

    await fill(page, ID.auth.password.current, 'bukan-sandi-ini');
    await fill(page, ID.auth.password.new, newPassword);
    await fill(page, ID.auth.password.confirm, newPassword);
    await page.getByRole('button', { name: ID.auth.password.submit }).click();
    await expect(page.getByText(ID.auth.password.currentWrong).first()).toBeVisible();

    await fill(page, ID.auth.password.current, password);
    await fill(page, ID.auth.password.new, newPassword);
    await fill(page, ID.auth.password.confirm, newPassword);
    await page.getByRole('button', { name: ID.auth.password.submit }).click();
    await expect(page.getByText(ID.auth.password.changed)).toBeVisible();
    // This browser was signed in again with the new password; it is still in.
    await page.goto('/account');
    await expect(page.getByRole('heading', { name: ID.account.welcome.replace('{name}', name) })).toBeVisible();
  });

  await test.step('logout', async () => {
    await page.getByRole('button', { name: ID.nav.logout }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto('/account');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount$/);
  });

  await test.step('the old password fails, the new one works', async () => {
    await submitLogin(page, email, password);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(ID.auth.login.invalid);
    await expect(page).toHaveURL(/\/login$/);
    await login(page, email, newPassword);
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole('heading', { name: ID.account.welcome.replace('{name}', name) })).toBeVisible();
  });
});
