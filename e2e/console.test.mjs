// The Fuseki console and a person page, as a person uses them in a browser: Debian's headless Chromium
// driven by Playwright.
//
// Why Playwright (playwright-core, no browser download) rather than Selenium: it speaks the DevTools protocol
// to the Chromium binary itself, so no chromedriver has to match the browser's version; it is one npm
// package without dependencies, where Selenium would bring its tree of jars into the Maven test classpath
// for a test that `mvn verify` must not run anyway; and its locators wait for the Vue console to render,
// without sleeps.
//
// The steps share one page and run in order, like a session at the console.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, outDir, pageUrl, readQuery, select, serverUrl } from './lib/config.mjs';

// The columns of queries/quotes.rq, which the scorer reads by position.
const QUOTE_COLUMNS = ['file', 'speakerName', 'text'];
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

let browser;
let page;
const pageErrors = [];
const offsiteRequests = [];

before(async () => {
  browser = await chromium.launch({
    executablePath: chromiumPath,
    // Running as root, without network: no sandbox, no GPU, and none of Chromium's own background
    // connections. Playwright adds --headless and a fresh temporary --user-data-dir.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(20_000);
  page.on('pageerror', error => pageErrors.push(error.message));
  // The console asks prefix.cc for prefix completions; the machine is offline, so such requests are
  // answered at once (aborted) instead of waiting on DNS, and listed in the log.
  const origin = new URL(serverUrl).origin;
  await page.route(url => url.origin !== origin, route => {
    offsiteRequests.push(route.request().url());
    return route.abort();
  });
});

after(async () => {
  if (offsiteRequests.length > 0) {
    console.log(`blocked off-site requests of the console: ${[...new Set(offsiteRequests)].join(', ')}`);
  }
  await browser?.close();
});

async function screenshot(name, { fullPage = true } = {}) {
  await page.screenshot({ path: path.join(outDir, name), fullPage });
}

/** A test step that leaves a screenshot of the page as it failed. */
function step(name, body) {
  test(name, async () => {
    try {
      await body();
    } catch (error) {
      await screenshot(`failed-${name.replace(/\W+/g, '-')}.png`).catch(() => {});
      throw error;
    }
  });
}

const editor = () => page.locator('.yasqe .CodeMirror').first();
const resultsTable = () => page.locator('.yasr table.dataTable').last();

/** Replaces the editor's text the way a paste does: select all, then insert the text as one input. */
async function typeQuery(query) {
  await editor().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(query);
}

async function editorText() {
  return editor().evaluate(element => element.CodeMirror.getValue());
}

/** Runs the editor's query and waits for the result table; returns its column titles and visible rows. */
async function runQuery() {
  const previous = await page.locator('.yasr table.dataTable').evaluateAll(tables => tables.map(t => t.id));
  const [response] = await Promise.all([
    page.waitForResponse(r => new URL(r.url()).pathname.startsWith('/kg/') && r.request().method() === 'POST'),
    page.locator('.yasqe_queryButton').click(),
  ]);
  assert.equal(response.status(), 200, `the console's query request ${response.url()}`);
  // YASR draws every response into a new table (DataTables_Table_N).
  await page.waitForFunction(old => [...document.querySelectorAll('.yasr table.dataTable')]
      .some(table => !old.includes(table.id)), previous);
  const chip = page.locator('.yasr_response_chip');
  // The first column is YASR's row number, without a title.
  const columns = (await resultsTable().locator('thead th .dt-column-title').allInnerTexts())
      .map(title => title.trim()).filter(title => title !== '');
  const rows = [];
  for (const row of await resultsTable().locator('tbody tr:not(:has(td.dt-empty))').all()) {
    const cells = await row.locator('td').allInnerTexts();
    rows.push(cells.slice(1).map(cell => cell.replace(/\s+/g, ' ').trim()));
  }
  const links = await resultsTable().locator('tbody td a[href]').evaluateAll(
      anchors => anchors.map(a => a.getAttribute('href')));
  return { columns, rows, links, chip: await chip.innerText() };
}

/** The number of results the chip announces, which counts the rows of every page of the table. */
function announced(chip) {
  const match = /(\d[\d,]*) results?/.exec(chip);
  assert.ok(match, `result count in "${chip}"`);
  return Number(match[1].replace(/,/g, ''));
}

/**
 * A SPARQL JSON term as the console's table shows it: IRIs in angle brackets, tagged and typed literals in
 * Turtle's form (but xsd:string ones bare), white space collapsed as HTML renders it.
 */
function shown(term) {
  if (term === undefined) {
    return '';
  }
  const value = term.value.replace(/\s+/g, ' ').trim();
  if (term.type === 'uri') {
    return `<${value}>`;
  }
  if (term.type !== 'literal' && term.type !== 'typed-literal') {
    return value;
  }
  if (term['xml:lang']) {
    return `"${value}"@${term['xml:lang']}`;
  }
  const datatype = term.datatype ?? XSD_STRING;
  return datatype === XSD_STRING ? value : `"${value}"^^<${datatype}>`;
}

step('the console lists the dataset /kg', async () => {
  await page.goto(serverUrl);
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '/kg', exact: true }) });
  await row.waitFor();
  assert.equal(await row.getByRole('button', { name: 'query' }).count(), 1, 'a query button on the /kg row');
  await screenshot('console-datasets.png');
});

step('the query page runs queries/quotes.rq and shows the quotes', async () => {
  const query = readQuery('quotes.rq');
  await page.getByRole('row').filter({ has: page.getByRole('cell', { name: '/kg', exact: true }) })
      .getByRole('button', { name: 'query' }).click();
  await page.waitForURL(/#\/dataset\/kg\/query/);
  await editor().waitFor();

  await typeQuery(query);
  assert.equal((await editorText()).trim(), query.trim(), 'the editor holds the query file as typed');

  const result = await runQuery();
  assert.deepEqual(result.columns, QUOTE_COLUMNS);
  assert.ok(result.rows.length >= 1, `at least one quote row, got ${result.rows.length}`);

  // The table shows what the endpoint answers to any other client.
  const expected = select(query);
  assert.equal(announced(result.chip), expected.length, 'the console counts every result of the endpoint');
  assert.deepEqual(result.rows[0], QUOTE_COLUMNS.map(column => shown(expected[0][column])),
      'first row of the table = first solution of the endpoint');
  await screenshot('console-quotes.png');
});

let person;

step('a person IRI from queries/persons.rq opens the person page, titled with the label', async () => {
  await typeQuery(readQuery('persons.rq'));
  const result = await runQuery();
  assert.ok(result.columns.includes('person'), `a person column in ${result.columns}`);
  // YASR links IRIs to themselves; the first person of the table is the one to visit.
  const iri = result.links.find(href => new URL(href).pathname.startsWith('/id/person/'));
  assert.ok(iri, `a person IRI among the result links ${result.links.slice(0, 5)}`);

  const labels = select(`SELECT ?label WHERE { <${iri}> <http://www.w3.org/2000/01/rdf-schema#label> ?label }`)
      .map(binding => binding.label.value);
  assert.ok(labels.length >= 1, `${iri} has an rdfs:label`);
  person = { iri, labels };

  const response = await page.goto(pageUrl(iri));
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /^text\/html/);
  const heading = (await page.locator('h1').innerText()).trim();
  assert.ok(labels.includes(heading), `the page's heading "${heading}" is one of the labels ${labels}`);
  assert.ok(labels.includes((await page.title()).trim()), 'the window title is the label too');
  assert.ok((await page.locator('body').innerText()).includes(iri), 'the page shows the IRI');
  // Its top: a person's page can be many screens long.
  await screenshot('person.png', { fullPage: false });
});

step('the person page links to the console with a query about the person', async () => {
  assert.ok(person, 'needs the person page of the previous step');
  await page.getByRole('link', { name: 'Query this resource in the Fuseki console' }).click();
  await page.waitForURL(/#\/dataset\/kg\/query/);
  await editor().waitFor();
  await page.waitForFunction(() => document.querySelector('.yasqe .CodeMirror')?.CodeMirror.getValue()
      .includes('/id/person/'));
  const query = await editorText();
  assert.ok(query.includes(`<${person.iri}>`), `the editor's query names <${person.iri}>:\n${query}`);

  const result = await runQuery();
  assert.equal(announced(result.chip), select(query).length, 'the console counts every result of the endpoint');
  await screenshot('console-person-query.png');
});

test('the console raised no script error', () => {
  assert.deepEqual(pageErrors, []);
});
