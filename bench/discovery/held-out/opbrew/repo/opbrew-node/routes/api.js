'use strict'

const express = require('express')
const db = require('../lib/db')
const { cached } = require('../lib/redis')
const dt = require('../lib/dt')

const router = express.Router()

router.get('/products', dt, async (req, res, next) => {
  try {
    const r = await db.query('SELECT id, sku, name, stock, selling_price FROM products')
    res.json(r.rows)
  } catch (e) { next(e) }
})

router.get('/products/:id', dt, async (req, res, next) => {
  try {
    const r = await db.query('SELECT * FROM products WHERE id = $1', [req.params.id])
    if (!r.rows[0]) return res.sendStatus(404)
    res.json(r.rows[0])
  } catch (e) { next(e) }
})

router.get('/customers', async (req, res, next) => {
  try {
    const r = await db.query('SELECT id, full_name, city FROM customers')
    res.json(r.rows)
  } catch (e) { next(e) }
})

router.get('/stats', dt, async (req, res, next) => {
  try {
    const stats = await cached('opbrew:stats', 5, async () => {
      const r = await db.query(`SELECT
        (SELECT count(*) FROM products) AS products,
        (SELECT count(*) FROM customers) AS customers,
        (SELECT count(*) FROM orders) AS orders`)
      return r.rows[0]
    })
    res.json(stats)
  } catch (e) { next(e) }
})

module.exports = router
