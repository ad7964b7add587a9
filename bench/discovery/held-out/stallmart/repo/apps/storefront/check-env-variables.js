const c = require("ansi-colors")

const requiredEnvs = [
  {
    key: "NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY",
    description: "Learn how to create a publishable key in the StallMart admin: Settings > Publishable API Keys",
  },
]

function checkEnvVariables() {
  const missing = requiredEnvs.filter((env) => !process.env[env.key])
  if (missing.length > 0) {
    console.error(c.red.bold("\n🚫 Error: Missing required environment variables\n"))
    missing.forEach((env) => {
      console.error(c.yellow(`  ${c.bold(env.key)}`))
      if (env.description) console.error(c.dim(`    ${env.description}\n`))
    })
    process.exit(1)
  }
}

module.exports = checkEnvVariables
