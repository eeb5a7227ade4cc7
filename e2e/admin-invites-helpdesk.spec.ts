// An admin invites a helpdesk agent, who activates the account from the e-mailed link and works in
// /staff. The admin then demotes the agent to customer and finally disables the account; each change
// reaches the agent's open browser on its very next request, with no re-login (S05, C2).
import { type Page } from '@playwright/test';
import { readMail } from './mail';
import { ID, contextAs, expect, lead, login, submitLogin, test, uniqueEmail } from './support';

const welcomeStaff = (name: string) => ID.staff.welcome.replace('{name}', name);

async function openUser(admin: Page, email: string) {
  await admin.goto(`/staff/users?q=${encodeURIComponent(email)}`);
  const row = admin.getByRole('table', { name: ID.users.caption }).getByRole('row').filter({ hasText: email });
  await expect(row).toHaveCount(1);
  return row;
}

// A whole journey with two browsers and mail delivery: more than the default minute on a busy 2-core runner.
test.describe.configure({ timeout: 180_000 });

test('admin invites a helpdesk agent, then demotes and disables the account', async ({ browser }, testInfo) => {
  const email = uniqueEmail('helpdesk');
  const name = 'Bayu Saputra';
  const password = 'Layanan#Prima2026';

  const adminContext = await contextAs(browser, 'admin', testInfo);
  const agentContext = await contextAs(browser, null, testInfo);
  const admin = await adminContext.newPage();
  const agent = await agentContext.newPage();

  try {
    await test.step('admin sends the invitation', async () => {
      await admin.goto('/staff/users');
      await expect(admin.getByRole('heading', { name: ID.users.title, level: 1 })).toBeVisible();
      await admin.getByRole('button', { name: ID.users.invite }).click();
      const dialog = admin.getByRole('dialog', { name: ID.users.inviteTitle });
      await expect(dialog).toBeVisible();
      await dialog.getByLabel(ID.users.name, { exact: true }).fill(name);
      await dialog.getByLabel(ID.users.email, { exact: true }).fill(email);
      await dialog.getByLabel(ID.users.role, { exact: true }).selectOption({ label: ID.roles.helpdesk });
      await dialog.getByRole('button', { name: ID.users.sendInvite }).click();
      await expect(dialog).toBeHidden();
      await expect(admin.getByText(ID.users.invited.replace('{email}', email))).toBeVisible();
      const row = await openUser(admin, email);
      await expect(row.getByText(ID.users.pending)).toBeVisible();
      await expect(row.getByRole('cell', { name: ID.roles.helpdesk, exact: true })).toBeVisible();
    });

    const mail = await test.step('the invitation e-mail is in the outbox', () => readMail(admin, { to: email, template: 'invite', linkPath: '/invite' }));
    expect(mail.subject).toContain(lead(ID.email.invite.subject));

    await test.step('the agent sets a password from the link and lands on /staff', async () => {
      await agent.goto(mail.link);
      await expect(agent.getByRole('heading', { name: ID.auth.invite.title })).toBeVisible();
      await agent.getByLabel(ID.auth.reset.password, { exact: true }).fill(password);
      await agent.getByLabel(ID.auth.reset.confirmPassword, { exact: true }).fill(password);
      await agent.getByRole('button', { name: ID.auth.invite.submit }).click();
      await expect(agent).toHaveURL(/\/staff$/);
      await expect(agent.getByRole('heading', { name: welcomeStaff(name) })).toBeVisible();
      await expect(agent.getByText(ID.staff.roleBadge.replace('{role}', ID.roles.helpdesk))).toBeVisible();
      // The link is spent.
      const again = await agentContext.newPage();
      await again.goto(mail.link);
      await expect(again.getByRole('main').getByRole('alert')).toHaveText(ID.auth.invite.invalidLink);
      await again.close();
    });

    await test.step('the user list shows the agent as active', async () => {
      const row = await openUser(admin, email);
      await expect(row.getByText(ID.userStatus.active, { exact: true })).toBeVisible();
    });

    await test.step('admin demotes the agent to customer: the next request has no staff access', async () => {
      const row = await openUser(admin, email);
      await row.getByLabel(ID.users.roleFor.replace('{name}', name)).selectOption({ label: ID.roles.customer });
      await row.getByRole('button', { name: ID.users.saveRole }).click();
      await expect(admin.getByText(ID.users.roleChanged.replace('{name}', name).replace('{role}', ID.roles.customer))).toBeVisible();

      // Same browser, same cookie, no re-login: the role change ended that session.
      await agent.goto('/staff');
      await expect(agent).toHaveURL(/\/login(\?|$)/);
      await expect(agent.getByRole('heading', { name: welcomeStaff(name) })).toHaveCount(0);
      // Signed in again, the account is a customer's now: /account, and /staff is refused.
      await login(agent, email, password);
      await expect(agent).toHaveURL(/\/account$/);
      const res = await agent.goto('/staff');
      expect(res?.status()).toBe(403);
      await expect(agent.getByRole('heading', { name: ID.errors.forbiddenTitle })).toBeVisible();
    });

    await test.step('admin disables the account: the next request is signed out', async () => {
      const row = await openUser(admin, email);
      await row.getByRole('button', { name: ID.users.disable }).click();
      const confirm = admin.getByRole('dialog', { name: ID.users.disableTitle });
      await expect(confirm).toContainText(ID.users.disableConfirm.replace('{name}', name));
      await confirm.getByRole('button', { name: ID.users.disable }).click();
      await expect(admin.getByText(ID.users.disabled.replace('{name}', name))).toBeVisible();
      await expect((await openUser(admin, email)).getByText(ID.userStatus.disabled, { exact: true })).toBeVisible();

      await agent.goto('/account');
      await expect(agent).toHaveURL(/\/login(\?|$)/);
      await submitLogin(agent, email, password);
      await expect(agent.getByRole('main').getByRole('alert')).toHaveText(ID.auth.login.invalid);
    });
  } finally {
    await adminContext.close();
    await agentContext.close();
  }
});
