// Prints the rendered text of a page (the result page needs JS to show the totals).
const puppeteer = require('puppeteer-core');

(async () => {
  const url = process.argv[2];
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'networkidle2' });
  await new Promise((r) => setTimeout(r, 2000));
  console.log(await page.evaluate(() => document.body.innerText));
  await browser.close();
})();
