// Copies env/project_${ENV}.js to common/project.js at build time
const fs = require('fs')
const path = require('path')

const env = process.env.ENV || 'dev'
const src = path.join(__dirname, `../env/project_${env}.js`)
const target = path.join(__dirname, '../common/project.js')

console.log(`Using project_${env}.js`)
fs.writeFileSync(target, fs.readFileSync(src))
