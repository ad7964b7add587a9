const puppeteer = require('puppeteer')

const startUrl = process.env.STOREDOG_URL || 'http://service-proxy'
const timeout = parseInt(process.env.PUPPETEER_TIMEOUT || '30000', 10)

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

async function browseAndBuy() {
  const browser = await puppeteer.launch({
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  })
  const page = await browser.newPage()
  page.setDefaultTimeout(timeout)
  await page.setViewport({ width: 1366, height: 768 })

  await page.goto(startUrl, { waitUntil: 'domcontentloaded' })
  console.log('Loaded home page', await page.title())
  await sleep(2000)

  const products = await page.$$('.product-grid a')
  if (products.length) {
    await products[Math.floor(Math.random() * products.length)].click()
    await page.waitForSelector('article h1')
    console.log('Viewed product', page.url())
  }

  await page.goto(`${startUrl}/cart`, { waitUntil: 'domcontentloaded' })
  await sleep(1000)

  if (!process.env.SKIP_SESSION_CLOSE) {
    await browser.close()
  }
}

browseAndBuy().catch((err) => {
  console.error(err)
  process.exit(1)
})
