// Signs each demo role in once through the login form and keeps the browser state for the specs.
import { DEMO, DEMO_PASSWORD, login, storageFor, type DemoRole, expect, test as setup } from './support';

for (const role of Object.keys(DEMO) as DemoRole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await login(page, DEMO[role], DEMO_PASSWORD);
    await expect(page).toHaveURL(role === 'customer' ? /\/account$/ : /\/staff$/);
    await page.context().storageState({ path: storageFor(role) });
  });
}
