module.exports = {
  darkMode: "class",
  presets: [require("@medusajs/ui-preset")],
  content: ["./src/app/**/*.{js,ts,jsx,tsx}", "./src/modules/**/*.{js,ts,jsx,tsx}"],
  theme: { extend: { colors: { stall: { 500: "#e4572e", 700: "#a63a1d" } } } },
  plugins: [],
}
