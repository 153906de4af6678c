// Full stack (Keycloak + API + SPA): a coordinator adds today's session to the demo group from a weekly schedule, takes
// attendance for it and sees the member's attendance rate change on the participant page.
// Selectors use roles and accessible names only. axe runs on every page visited; screenshots go to e2e/screenshots/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertReachable, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { expectNoA11yViolations } from './support/axe.mjs';
import { config } from './support/config.mjs';
import { login } from './support/login.mjs';
import { swedishDay } from './support/dates.mjs';

const WEEKDAYS = ['Söndag', 'Måndag', 'Tisdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lördag'];
// an afternoon slot the demo data never uses (its sessions are Tue/Thu mornings)
const START = '13:00';
const END = '15:00';

function todayWeekday() {
  const [y, m, d] = swedishDay().split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

async function openGroup(page, groupName) {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Grupper' }).click();
  await page.getByRole('heading', { level: 1, name: 'Grupper' }).waitFor();
  await page.getByRole('link', { name: groupName, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: groupName }).waitFor();
  await page.getByRole('table', { name: 'Gruppens träffar' }).waitFor();
}

/** Opens the member's participant page from the group page; returns a reader for their row in "Gruppnärvaro". */
async function openParticipant(page, groupName, participantName) {
  await page.getByRole('table', { name: 'Deltagare i gruppen med närvaro' }).getByRole('link', { name: participantName, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: participantName }).waitFor();
  const section = page.getByRole('region', { name: 'Gruppnärvaro' });
  const row = section.getByRole('row', { name: new RegExp(groupName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  await row.waitFor();
  await row.getByText(/\d+ %|Ingen närvaro registrerad/).first().waitFor();
  // e.g. "71 %Närvarande 15, frånvarande med anmälan 4, frånvarande 2"
  return async () => (await row.getByRole('cell').last().textContent())?.replace(/\s+/g, ' ').trim();
}

describe('coordinator takes attendance for a group session', { timeout: 240_000 }, () => {
  let browser;
  let context;
  let page;
  let groupName;

  before(async () => {
    await assertReachable();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser));
    await login(page, config.coordinator.username, config.coordinator.password);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  });

  after(async () => {
    await context?.close();
    await browser?.close();
  });

  test('the groups page lists the demo group start', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Grupper' }).click();
    await page.getByRole('heading', { level: 1, name: 'Grupper' }).waitFor();
    const table = page.getByRole('table', { name: 'Gruppstarter i dina projekt' });
    await table.waitFor();
    const link = table.getByRole('link', { name: /^MAC Skövde – gruppstart/ }).first();
    groupName = (await link.textContent())?.trim();
    assert.ok(groupName, 'the demo data has a MAC group start');
    await screenshot(page, 'groups-list');
    await expectNoA11yViolations(page, { label: 'groups list' });

    await page.getByRole('button', { name: 'Skapa grupp' }).click();
    const dialog = page.getByRole('dialog', { name: 'Skapa grupp' });
    await dialog.getByLabel('Gruppens namn').waitFor();
    await dialog.getByText('Bara en projektledare kan höja taket', { exact: false }).waitFor();
    await screenshot(page, 'groups-create-dialog');
    await expectNoA11yViolations(page, { label: 'create group dialog' });
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  test('attendance taken for today changes the member’s rate on the participant page', async () => {
    await openGroup(page, groupName);
    await screenshot(page, 'group-page');
    await expectNoA11yViolations(page, { label: 'group page' });

    // today's session from a one-day weekly schedule (sent again on a re-run, the API skips the date)
    await page.getByRole('button', { name: 'Skapa träffar från schema' }).click();
    const dialog = page.getByRole('dialog', { name: 'Skapa träffar från veckoschema' });
    await dialog.waitFor();
    await dialog.getByLabel('Från och med').fill(swedishDay());
    await dialog.getByLabel('Till och med').fill(swedishDay());
    await dialog.getByRole('checkbox', { name: todayWeekday() }).check();
    await dialog.getByLabel('Starttid').fill(START);
    await dialog.getByLabel('Sluttid (valfritt)').fill(END);
    await dialog.getByLabel('Innehåll (valfritt)').fill('Extra träff (e2e)');
    await dialog.getByText(/^Skapar 1 träff/).waitFor();
    await screenshot(page, 'group-schedule-dialog');
    await expectNoA11yViolations(page, { label: 'schedule dialog' });
    await dialog.getByRole('button', { name: 'Skapa träffarna' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(/träff(ar)? skapad/).waitFor();

    const sessions = page.getByRole('table', { name: 'Gruppens träffar' });
    const today = sessions.getByRole('row', { name: new RegExp(`${swedishDay()}.*${START}–${END}`) });
    await today.getByRole('link', { name: `Ta närvaro ${swedishDay()}` }).click();
    await page.getByRole('heading', { level: 1, name: `Närvaro ${swedishDay()}` }).waitFor();
    const list = page.getByRole('form', { name: 'Närvarolista' });
    const first = list.getByRole('radiogroup').first();
    await first.waitFor();
    const participantName = (await first.locator('legend').textContent())?.trim();
    assert.ok(participantName, 'the session lists the group members');
    await expectNoA11yViolations(page, { label: 'attendance page' });

    // the member's rate before, on their participant page
    await page.getByRole('link', { name: `Tillbaka till ${groupName}` }).click();
    await page.getByRole('heading', { level: 1, name: groupName }).waitFor();
    const before = await (await openParticipant(page, groupName, participantName))();
    await screenshot(page, 'participant-attendance-before');
    await expectNoA11yViolations(page, { label: 'participant page before' });

    // back to the session: everyone present, then the first member absent (or present again on a re-run)
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: groupName }).waitFor();
    await page
      .getByRole('table', { name: 'Gruppens träffar' })
      .getByRole('row', { name: new RegExp(`${swedishDay()}.*${START}–${END}`) })
      .getByRole('link', { name: `Ta närvaro ${swedishDay()}` })
      .click();
    await page.getByRole('heading', { level: 1, name: `Närvaro ${swedishDay()}` }).waitFor();
    const member = page.getByRole('radiogroup', { name: participantName });
    const wasAbsent = await member.getByRole('radio', { name: 'Frånvarande', exact: true }).isChecked();
    await page.getByRole('button', { name: 'Markera alla som närvarande' }).click();
    // keyboard: from the member's checked radio the arrow keys move the choice (Närvarande → med anmälan → Frånvarande)
    const checked = member.getByRole('radio', { name: wasAbsent ? 'Frånvarande' : 'Närvarande', exact: true });
    await checked.focus();
    await page.keyboard.press(wasAbsent ? 'ArrowUp' : 'ArrowDown');
    await page.keyboard.press(wasAbsent ? 'ArrowUp' : 'ArrowDown');
    assert.equal(await member.getByRole('radio', { name: wasAbsent ? 'Närvarande' : 'Frånvarande', exact: true }).isChecked(), true);
    await screenshot(page, 'attendance-filled');
    await page.getByRole('button', { name: 'Spara närvaron' }).click();
    await page.getByText('Närvaron är sparad.').waitFor();
    await screenshot(page, 'attendance-saved');
    await expectNoA11yViolations(page, { label: 'attendance saved' });

    // the participant page shows the new rate
    await page.getByRole('link', { name: `Tillbaka till ${groupName}` }).click();
    await page.getByRole('heading', { level: 1, name: groupName }).waitFor();
    const read = await openParticipant(page, groupName, participantName);
    // the page may first show its cached copy while it refetches: wait for the new figures
    let afterText = await read();
    for (let i = 0; i < 30 && afterText === before; i++) {
      await page.waitForTimeout(500);
      afterText = await read();
    }
    assert.notEqual(afterText, before, `the attendance shown changed (before: ${before}; after: ${afterText})`);
    await screenshot(page, 'participant-attendance-after');
    await expectNoA11yViolations(page, { label: 'participant page after' });
  });

  test('self-rated well-being is recorded through the ordinary assessment form', async () => {
    // still on the member's participant page (a MAC enrollment: MAC uses the well-being instrument)
    const section = page.getByRole('region', { name: 'Självskattat mående' });
    await section.getByRole('link', { name: 'Registrera mående' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registrera självskattat mående' }).waitFor();
    assert.equal(await page.getByRole('radio', { name: 'Självskattat välbefinnande' }).isChecked(), true, 'the well-being instrument is preselected');
    const items = page.getByRole('radiogroup', { name: /^Deltagarens skattning:/ });
    const count = await items.count();
    assert.ok(count > 0, 'the instrument has questions the participant rates');
    for (let i = 0; i < count; i++) await items.nth(i).getByRole('radio', { name: /^4\b/ }).check();
    await screenshot(page, 'record-wellbeing');
    await expectNoA11yViolations(page, { label: 'record well-being' });
    await page.getByRole('button', { name: 'Spara mätningen' }).click();

    const after = page.getByRole('region', { name: 'Självskattat mående' });
    await after.getByText(new RegExp(`jämförd med ${swedishDay()}`)).waitFor();
    await after.getByRole('row', { name: /^Medelvärde/ }).first().waitFor();
    await screenshot(page, 'participant-wellbeing-recorded');
    await expectNoA11yViolations(page, { label: 'participant page after well-being' });
  });

  test('a participant enrolled in the project joins the group through the picker, found by name', async () => {
    await openGroup(page, groupName);
    const form = page.getByRole('form', { name: 'Lägg till deltagare' });
    const picker = form.getByRole('combobox', { name: /^Deltagare att lägga till/ });
    await picker.waitFor();
    const options = await picker.getByRole('option').allTextContents();
    // a named participant (an anonymous one is shown by sex and birth year, which the name search cannot find)
    const option = options.slice(1).find((o) => !/^[♀♂]/.test(o));
    assert.ok(option, `the demo MAC project has named participants outside the group (options: ${options})`);
    const name = option.replace(/ \(.*\)$/, '');
    const lastName = name.split(' ').at(-1);

    await form.getByRole('textbox', { name: 'Sök deltagare' }).fill(lastName);
    await picker.getByRole('option', { name: option }).waitFor({ state: 'attached' });
    await picker.selectOption({ label: option });
    await screenshot(page, 'group-add-member');
    await expectNoA11yViolations(page, { label: 'group add member' });
    await form.getByRole('button', { name: 'Lägg till deltagare' }).click();

    await page.getByText(`${name} är tillagd i gruppen.`).waitFor();
    await page.getByRole('table', { name: 'Deltagare i gruppen med närvaro' }).getByRole('link', { name, exact: true }).waitFor();
  });

  test('a session not yet held is cancelled with a reason, then restored', async () => {
    await openGroup(page, groupName);
    const sessions = page.getByRole('table', { name: 'Gruppens träffar' });
    const cancel = sessions.getByRole('button', { name: /^Ställ in träffen / }).last();
    const date = (await cancel.getAttribute('aria-label')) ?? (await cancel.textContent());
    const day = /\d{4}-\d{2}-\d{2}/.exec(date ?? '')?.[0];
    assert.ok(day, `the session's date is in the button's name (${date})`);
    await cancel.click();
    const dialog = page.getByRole('dialog', { name: 'Ställ in träffen' });
    await dialog.getByRole('textbox', { name: 'Skäl' }).fill('Ledaren är sjuk');
    await screenshot(page, 'group-cancel-session');
    await expectNoA11yViolations(page, { label: 'cancel session dialog' });
    await dialog.getByRole('button', { name: 'Ställ in träffen' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByText(`Träffen ${day} är inställd.`).waitFor();
    await sessions.getByText('Inställd: Ledaren är sjuk').waitFor();
    await expectNoA11yViolations(page, { label: 'group page with a cancelled session' });
    await sessions.getByRole('button', { name: `Återställ träffen ${day}` }).click();
    await page.getByText(`Träffen ${day} är återställd.`).waitFor();
    await sessions.getByRole('button', { name: `Ställ in träffen ${day}` }).waitFor();
  });

  test('the group is changed through its form (description), and the page shows the change', async () => {
    await openGroup(page, groupName);
    await page.getByRole('button', { name: 'Ändra gruppen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra gruppen' });
    const description = dialog.getByRole('textbox', { name: 'Beskrivning (valfritt)' });
    await description.fill('Två halvdagar i veckan; ändrad i webbläsartestet.');
    await screenshot(page, 'group-edit');
    await expectNoA11yViolations(page, { label: 'change group dialog' });
    await dialog.getByRole('button', { name: 'Spara ändringarna' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Gruppen är ändrad.').waitFor();
    await page.getByText('Två halvdagar i veckan; ändrad i webbläsartestet.').waitFor();
  });

  test('an action item of a member\'s SIP meeting is marked done on the participant page', async () => {
    // the demo gives two of the group's members a SIP meeting with open action items
    await openGroup(page, groupName);
    const names = await page.getByRole('table', { name: 'Deltagare i gruppen med närvaro' }).getByRole('link').allTextContents();
    let mark;
    for (const name of names) {
      await openGroup(page, groupName);
      await page.getByRole('table', { name: 'Deltagare i gruppen med närvaro' }).getByRole('link', { name, exact: true }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      const sip = page.getByRole('region', { name: 'SIP-möten' });
      await sip.getByRole('heading', { level: 3 }).or(sip.getByText('Inga SIP-möten registrerade.')).first().waitFor();
      const open = sip.getByRole('button', { name: /^Markera klar: / });
      if ((await open.count()) > 0) {
        mark = open.first();
        break;
      }
    }
    assert.ok(mark, 'a member of the demo group has a SIP meeting with an open action item');
    const what = (await mark.textContent())?.replace(/^.*Markera klar: /, '').trim();
    await mark.click();
    const undo = page.getByRole('button', { name: `Markera ej klar: ${what}` });
    await undo.waitFor();
    await screenshot(page, 'sip-action-done');
    await expectNoA11yViolations(page, { label: 'SIP action item marked done' });
    // Text keeps its contrast while the pointer rests on a small tertiary button (WCAG 1.4.3 holds in every state).
    await undo.hover();
    await expectNoA11yViolations(page, { label: 'SIP action item marked done, its button hovered' });
  });
});
